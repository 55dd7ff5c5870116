package org.quarksbench.compare.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MetricComparisonTest {
  private static final Threshold P95 = new Threshold(true, 20, 25);

  @Test
  void floorHidesNoiseOnSmallValues() {
    assertEquals(Verdict.OK, MetricComparison.of(Metric.P95, 10.0, 35.0, P95).verdict());
    assertEquals(Verdict.REGRESSION, MetricComparison.of(Metric.P95, 10.0, 36.0, P95).verdict());
  }

  @Test
  void relativeLimitAppliesToLargeValues() {
    assertEquals(Verdict.OK, MetricComparison.of(Metric.P95, 1000.0, 1200.0, P95).verdict());
    MetricComparison grown = MetricComparison.of(Metric.P95, 1000.0, 1201.0, P95);
    assertEquals(Verdict.REGRESSION, grown.verdict());
    assertEquals(201.0, grown.absoluteChange());
    assertEquals(20.1, grown.relativeChangePercent(), 1e-9);
    assertEquals(200.0, grown.allowedWorsening());
  }

  @Test
  void improvementBeyondLimitIsMarked() {
    assertEquals(Verdict.IMPROVED, MetricComparison.of(Metric.P95, 1000.0, 700.0, P95).verdict());
  }

  @Test
  void throughputDropIsTheRegression() {
    Threshold rps = new Threshold(true, 20, 1.0);

    assertEquals(Verdict.REGRESSION, MetricComparison.of(Metric.REQUESTS_PER_SECOND, 100.0, 79.0, rps).verdict());
    assertEquals(Verdict.OK, MetricComparison.of(Metric.REQUESTS_PER_SECOND, 100.0, 81.0, rps).verdict());
    assertEquals(Verdict.IMPROVED, MetricComparison.of(Metric.REQUESTS_PER_SECOND, 100.0, 130.0, rps).verdict());
  }

  @Test
  void failureRateUsesPercentagePoints() {
    Threshold failures = new Threshold(true, 0, 1.0);

    assertEquals(Verdict.OK, MetricComparison.of(Metric.FAILURE_PERCENT, 0.0, 1.0, failures).verdict());
    MetricComparison grown = MetricComparison.of(Metric.FAILURE_PERCENT, 0.0, 1.01, failures);
    assertEquals(Verdict.REGRESSION, grown.verdict());
    assertNull(grown.relativeChangePercent(), "no relative change from a zero baseline");
  }

  @Test
  void uncheckedAndMissingValues() {
    assertEquals(Verdict.NOT_CHECKED,
        MetricComparison.of(Metric.MAX, 10.0, 10000.0, new Threshold(false, 0, 0)).verdict());
    assertEquals(Verdict.NOT_AVAILABLE, MetricComparison.of(Metric.P99, null, 10.0, P95).verdict());
  }
}
