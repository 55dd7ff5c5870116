package org.quarksbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quarksbench.report.format.LocustErrorText;
import org.quarksbench.report.stats.EndpointKey;
import org.quarksbench.report.stats.ErrorKey;
import org.quarksbench.report.stats.PercentileMode;
import org.quarksbench.report.stats.Percentiles;
import org.quarksbench.report.stats.ResponseTimeStats;
import org.quarksbench.report.stats.ScenarioStats;
import org.quarksbench.report.stats.SortedCounts;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ErrorSummary;
import org.quarksbench.report.summary.PercentileValue;
import org.quarksbench.report.summary.ReportSummary;

/** Turns a scenario's statistics into the {@link ReportSummary} that every output is written from. */
final class SummaryBuilder {
  static final int SCHEMA_VERSION = 1;

  private SummaryBuilder() {}

  /**
   * Builds the summary with Locust's final-summary rates: counts divided by the span from the scenario start to
   * the end of its last request, 0 when that span is not positive.
   */
  static ReportSummary build(
      ScenarioStats stats, String gatlingVersion, String simulation, ReportOptions options, String targetUrl) {
    PercentileMode mode = options.exactPercentiles() ? PercentileMode.EXACT : PercentileMode.LOCUST;
    double durationSeconds = (stats.lastRequestEndEpochMillis() - stats.startEpochMillis()) / 1000.0;

    List<EndpointSummary> endpoints = new ArrayList<>();
    for (Map.Entry<EndpointKey, ResponseTimeStats> entry : stats.endpoints().entrySet()) {
      EndpointKey key = entry.getKey();
      endpoints.add(endpoint(key.method(), key.name(), entry.getValue(), durationSeconds, mode, options.percentiles()));
    }
    EndpointSummary aggregated =
        endpoint("", "Aggregated", stats.aggregated(), durationSeconds, mode, options.percentiles());

    List<ErrorSummary> errors = new ArrayList<>();
    for (Map.Entry<ErrorKey, Long> entry : stats.errors().entrySet()) {
      EndpointKey endpoint = entry.getKey().endpoint();
      String message = entry.getKey().gatlingMessage();
      String text = LocustErrorText.of(message, endpoint.name(), targetUrl);
      errors.add(new ErrorSummary(endpoint.method(), endpoint.name(), text, message, entry.getValue()));
    }

    return new ReportSummary(SCHEMA_VERSION, gatlingVersion, simulation, stats.name(), stats.startEpochMillis(),
        Math.max(0, durationSeconds), mode.jsonName(), List.copyOf(endpoints), aggregated, List.copyOf(errors));
  }

  private static EndpointSummary endpoint(
      String method, String name, ResponseTimeStats stats, double durationSeconds, PercentileMode mode,
      List<Double> fractions) {
    SortedCounts times = stats.sortedTimes();
    List<PercentileValue> percentiles = new ArrayList<>(fractions.size());
    for (double fraction : fractions) {
      percentiles.add(new PercentileValue(fraction, Percentiles.percentile(times, fraction, mode)));
    }
    double median = Percentiles.median(times, stats.minMillis(), stats.maxMillis(), mode);
    return new EndpointSummary(method, name, stats.requests(), stats.failures(), stats.averageMillis(),
        stats.minMillis(), stats.maxMillis(), median, rate(stats.requests(), durationSeconds),
        rate(stats.failures(), durationSeconds), List.copyOf(percentiles));
  }

  private static double rate(long count, double durationSeconds) {
    return durationSeconds > 0 ? count / durationSeconds : 0.0;
  }
}
