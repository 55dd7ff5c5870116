package org.quarksbench.compare.gate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.OptionalDouble;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.PercentileValue;

/** A column of the Locust request table that {@code compare} puts side by side. */
public enum Metric {
  REQUESTS("requests", "requests", MetricUnit.COUNT, true),
  FAILURE_PERCENT("failure-percent", "failure %", MetricUnit.PERCENT, false),
  AVERAGE("average", "avg", MetricUnit.MILLIS, false),
  MEDIAN("median", "median", MetricUnit.MILLIS, false),
  P90("p90", "p90", MetricUnit.MILLIS, false),
  P95("p95", "p95", MetricUnit.MILLIS, false),
  P99("p99", "p99", MetricUnit.MILLIS, false),
  MAX("max", "max", MetricUnit.MILLIS, false),
  REQUESTS_PER_SECOND("requests-per-second", "req/s", MetricUnit.RATE, true);

  /** Largest gap between a stored percentile fraction and 0.90, 0.95 or 0.99 that still counts as equal. */
  private static final double FRACTION_TOLERANCE = 1e-9;

  private final String key;
  private final String label;
  private final MetricUnit unit;
  private final boolean higherIsBetter;

  Metric(String key, String label, MetricUnit unit, boolean higherIsBetter) {
    this.key = key;
    this.label = label;
    this.unit = unit;
    this.higherIsBetter = higherIsBetter;
  }

  /** Returns the name used in threshold files, {@code --threshold} options, JSON and JUnit output. */
  @JsonValue
  public String key() {
    return key;
  }

  /** Returns the column label of the comparison tables. */
  public String label() {
    return label;
  }

  public MetricUnit unit() {
    return unit;
  }

  /** Returns true when a larger value is the better one (throughput), false for times and failures. */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /**
   * Reads this metric from one row of a report.
   *
   * @return the value, or empty when the report has no such value (a percentile the input does not list)
   */
  public OptionalDouble valueOf(EndpointSummary endpoint) {
    return switch (this) {
      case REQUESTS -> OptionalDouble.of(endpoint.requests());
      case FAILURE_PERCENT -> OptionalDouble.of(failurePercent(endpoint));
      case AVERAGE -> OptionalDouble.of(endpoint.averageMillis());
      case MEDIAN -> OptionalDouble.of(endpoint.medianMillis());
      case P90 -> percentile(endpoint, 0.90);
      case P95 -> percentile(endpoint, 0.95);
      case P99 -> percentile(endpoint, 0.99);
      case MAX -> OptionalDouble.of(endpoint.maxMillis());
      case REQUESTS_PER_SECOND -> OptionalDouble.of(endpoint.requestsPerSecond());
    };
  }

  /** Finds the metric whose {@link #key()} is {@code key}, ignoring case, or returns null. */
  public static Metric fromKey(String key) {
    String requested = key.toLowerCase(Locale.ROOT);
    for (Metric metric : values()) {
      if (metric.key.equals(requested)) {
        return metric;
      }
    }
    return null;
  }

  /** Locust's failure percentage: 100 when there are failures but no requests, 0 when there are neither. */
  private static double failurePercent(EndpointSummary endpoint) {
    if (endpoint.requests() == 0) {
      return endpoint.failures() > 0 ? 100.0 : 0.0;
    }
    return (double) endpoint.failures() / endpoint.requests() * 100.0;
  }

  private static OptionalDouble percentile(EndpointSummary endpoint, double fraction) {
    if (endpoint.percentiles() == null) {
      return OptionalDouble.empty();
    }
    for (PercentileValue value : endpoint.percentiles()) {
      if (Math.abs(value.fraction() - fraction) < FRACTION_TOLERANCE) {
        return OptionalDouble.of(value.millis());
      }
    }
    return OptionalDouble.empty();
  }
}
