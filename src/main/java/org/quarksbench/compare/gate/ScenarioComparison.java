package org.quarksbench.compare.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison of one scenario's table in the baseline with one in the candidate.
 *
 * @param baselineScenario the baseline's scenario name
 * @param candidateScenario the candidate's scenario name
 * @param precision the precision both sides were reduced to
 * @param endpoints endpoints in the baseline's row order, then those only the candidate has
 * @param aggregated the Aggregated rows
 * @param notes remarks a reader needs to trust the result, such as "no endpoint matched"
 * @param missingEndpointsFail true when an endpoint only the baseline has counts as a regression
 */
public record ScenarioComparison(
    String baselineScenario,
    String candidateScenario,
    Precision precision,
    List<EndpointComparison> endpoints,
    EndpointComparison aggregated,
    List<String> notes,
    boolean missingEndpointsFail) {
  public ScenarioComparison {
    endpoints = List.copyOf(endpoints);
    notes = List.copyOf(notes);
  }

  /** Returns the title of this comparison, one scenario name or both when they differ. */
  public String title() {
    return baselineScenario.equals(candidateScenario)
        ? baselineScenario
        : baselineScenario + " vs " + candidateScenario;
  }

  /** Returns every failed check: metric regressions, then endpoints missing from the candidate if they fail. */
  public List<String> failures() {
    List<EndpointComparison> rows = new ArrayList<>(endpoints);
    rows.add(aggregated);
    List<String> result = new ArrayList<>();
    for (EndpointComparison row : rows) {
      for (MetricComparison metric : row.regressions()) {
        result.add(RegressionMessages.describe(title(), row.label(), metric));
      }
      if (missingEndpointsFail && row.presence() == Presence.BASELINE_ONLY) {
        result.add(title() + ": " + row.label() + " is missing from the candidate");
      }
    }
    return result;
  }
}
