package org.quarksbench.compare;

import java.util.ArrayList;
import java.util.List;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.PercentileValue;
import org.quarksbench.report.summary.ReportSummary;

/** Builds report summaries for tests, with Locust's eleven percentiles derived from one scale factor. */
public final class Summaries {
  private static final double[] FRACTIONS = {0.5, 0.66, 0.75, 0.8, 0.9, 0.95, 0.98, 0.99, 0.999, 0.9999, 1.0};

  private Summaries() {}

  /**
   * Returns a row whose percentiles rise from {@code medianMillis} to {@code maxMillis}: p90 is
   * {@code p90Millis}, p95 is {@code p95Millis}, the others are interpolated.
   */
  public static EndpointSummary endpoint(String method, String name, long requests, long failures,
      double averageMillis, double medianMillis, long p90Millis, long p95Millis, double maxMillis,
      double requestsPerSecond) {
    List<PercentileValue> percentiles = new ArrayList<>();
    for (double fraction : FRACTIONS) {
      long millis;
      if (fraction < 0.9) {
        millis = (long) medianMillis;
      } else if (fraction == 0.9) {
        millis = p90Millis;
      } else if (fraction == 0.95) {
        millis = p95Millis;
      } else {
        millis = Math.max(p95Millis, (long) maxMillis);
      }
      percentiles.add(new PercentileValue(fraction, millis));
    }
    return new EndpointSummary(method, name, requests, failures, averageMillis, 1, maxMillis, medianMillis,
        requestsPerSecond, requestsPerSecond * failures / Math.max(1, requests), percentiles);
  }

  /** Returns a scenario summary with the given rows and an Aggregated row copied from {@code aggregated}. */
  public static ReportSummary scenario(String scenario, EndpointSummary aggregated, EndpointSummary... endpoints) {
    EndpointSummary total = new EndpointSummary("", "Aggregated", aggregated.requests(), aggregated.failures(),
        aggregated.averageMillis(), aggregated.minMillis(), aggregated.maxMillis(), aggregated.medianMillis(),
        aggregated.requestsPerSecond(), aggregated.failuresPerSecond(), aggregated.percentiles());
    return new ReportSummary(1, "3.16.0", "org.quarksbench.simulation.MessagingSimulation", scenario,
        1_796_413_124_582L, 60.0, "locust", List.of(endpoints), total, List.of());
  }
}
