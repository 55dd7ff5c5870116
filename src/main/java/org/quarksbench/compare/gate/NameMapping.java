package org.quarksbench.compare.gate;

import org.quarksbench.InvalidInputException;

/**
 * A pairing of a baseline endpoint with a differently named candidate endpoint, from {@code --map}.
 *
 * @param baselineLabel the baseline's endpoint, as the table shows it ({@code POST /readMessage})
 * @param candidateLabel the candidate's endpoint
 */
public record NameMapping(String baselineLabel, String candidateLabel) {
  /** Parses {@code "POST /readMessage=GET /readMessage"}; the baseline's name comes first. */
  public static NameMapping parse(String option) {
    int equals = option.indexOf('=');
    String baseline = equals < 0 ? "" : option.substring(0, equals).trim();
    String candidate = equals < 0 ? "" : option.substring(equals + 1).trim();
    if (baseline.isEmpty() || candidate.isEmpty()) {
      throw new InvalidInputException(
          "invalid --map '" + option + "': expected BASELINE=CANDIDATE with both endpoint names as the tables"
              + " show them, for example --map \"POST /readMessage=GET /readMessage\".");
    }
    return new NameMapping(baseline, candidate);
  }
}
