package org.quarksbench.compare.gate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The threshold of every metric; immutable.
 *
 * <p>The defaults ({@link #defaults()}) are documented in {@code docs/compare.md}. They gate on the mean,
 * median, p90, p95 and p99 response times, the failure rate and the throughput, and only show the request
 * count and the maximum: the count follows the run time, and the maximum is a single sample.
 */
public record Thresholds(Map<Metric, Threshold> byMetric) {
  public Thresholds {
    EnumMap<Metric, Threshold> copy = new EnumMap<>(Metric.class);
    copy.putAll(byMetric);
    for (Metric metric : Metric.values()) {
      if (!copy.containsKey(metric)) {
        throw new IllegalArgumentException("no threshold for metric " + metric.key());
      }
    }
    byMetric = Collections.unmodifiableMap(copy);
  }

  /** Returns the defaults: 20 % with a floor per metric, 1 percentage point of failures, 20 % throughput drop. */
  public static Thresholds defaults() {
    EnumMap<Metric, Threshold> map = new EnumMap<>(Metric.class);
    map.put(Metric.REQUESTS, new Threshold(false, 20, 0));
    map.put(Metric.FAILURE_PERCENT, new Threshold(true, 0, 1.0));
    map.put(Metric.AVERAGE, new Threshold(true, 20, 10));
    map.put(Metric.MEDIAN, new Threshold(true, 20, 10));
    map.put(Metric.P90, new Threshold(true, 20, 25));
    map.put(Metric.P95, new Threshold(true, 20, 25));
    map.put(Metric.P99, new Threshold(true, 30, 50));
    map.put(Metric.MAX, new Threshold(false, 50, 100));
    map.put(Metric.REQUESTS_PER_SECOND, new Threshold(true, 20, 1.0));
    return new Thresholds(map);
  }

  public Threshold of(Metric metric) {
    return byMetric.get(metric);
  }

  /** Returns a copy with one metric's threshold replaced. */
  public Thresholds with(Metric metric, Threshold threshold) {
    EnumMap<Metric, Threshold> map = new EnumMap<>(byMetric);
    map.put(metric, threshold);
    return new Thresholds(map);
  }
}
