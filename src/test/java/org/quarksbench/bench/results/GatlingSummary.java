package org.quarksbench.bench.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Global Information" block that Gatling 3.16.0 prints at the end of a run, over all requests.
 *
 * <p>Gatling computes its percentiles with a t-digest and rounds them to whole ms. The suite configures
 * the four percentiles as 50, 95, 99 and 99.9.
 *
 * @param percentileMillis response-time percentiles by label ({@code p50}, {@code p95}, {@code p99},
 *     {@code p99.9}) followed by {@code max}, in ms
 * @param requestsPerSecond Gatling's mean throughput: the request count divided by the run's duration
 */
public record GatlingSummary(long requests, long failures, double requestsPerSecond, Map<String, Double> percentileMillis) {
  private static final Pattern ROW = Pattern.compile("^> (.+?)\\s+\\|\\s+([0-9,.]+|-)\\s+\\|\\s+([0-9,.]+|-)\\s+\\|\\s+([0-9,.]+|-)\\s*$", Pattern.MULTILINE);
  private static final Pattern PERCENTILE = Pattern.compile("response time ([0-9.]+)th percentile \\(ms\\)");

  /** Parses Gatling's console output; throws IllegalArgumentException when the block is missing. */
  public static GatlingSummary parse(String output) {
    int start = output.lastIndexOf("---- Global Information ----");
    if (start < 0) {
      throw new IllegalArgumentException("missing '---- Global Information ----' in Gatling output");
    }

    Long requests = null;
    long failures = 0;
    Double rate = null;
    Map<String, Double> percentiles = new LinkedHashMap<>();
    Double max = null;
    Matcher row = ROW.matcher(output.substring(start));
    while (row.find()) {
      String label = row.group(1).trim();
      String total = row.group(2);
      if (label.equals("request count")) {
        requests = (long) number(total);
        failures = (long) number(row.group(4));
      } else if (label.equals("mean throughput (rps)") || label.equals("mean requests/sec")) {
        rate = number(total);
      } else if (label.equals("max response time (ms)")) {
        max = number(total);
      } else {
        Matcher percentile = PERCENTILE.matcher(label);
        if (percentile.matches()) {
          percentiles.put("p" + percentile.group(1), number(total));
        }
      }
    }

    if (requests == null || rate == null) {
      throw new IllegalArgumentException("missing 'request count' or 'mean throughput' in Gatling's summary");
    }
    if (max != null) {
      percentiles.put("max", max);
    }
    return new GatlingSummary(requests, failures, rate, percentiles);
  }

  /** Parses a cell such as {@code 72,952}, {@code 7,295.2} or {@code -} (none). */
  private static double number(String cell) {
    return cell.equals("-") ? 0 : Double.parseDouble(cell.replace(",", ""));
  }
}
