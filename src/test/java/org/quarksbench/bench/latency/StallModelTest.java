package org.quarksbench.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StallModelTest {
  private static final double MICROSECOND = 0.001;

  @Test
  void fixedBaseDelayGivesClosedFormPercentiles() {
    // 10 % of arrivals land in a stall and wait uniform 0-500 ms on top of the fixed 10 ms.
    StallModel model = new StallModel(10, 10, 5000, 500);

    assertEquals(10, model.expectedPercentileMillis(50), MICROSECOND * 2);
    assertEquals(10, model.expectedPercentileMillis(90), MICROSECOND * 2);
    assertEquals(10 + 250, model.expectedPercentileMillis(95), MICROSECOND * 2);
    assertEquals(10 + 450, model.expectedPercentileMillis(99), MICROSECOND * 2);
    assertEquals(10 + 495, model.expectedPercentileMillis(99.9), MICROSECOND * 2);
    assertEquals(10 + 500, model.expectedPercentileMillis(100), MICROSECOND * 2);
  }

  @Test
  void noStallGivesUniformBasePercentiles() {
    StallModel model = new StallModel(5, 15, 1000, 0);

    assertEquals(10, model.expectedPercentileMillis(50), MICROSECOND * 2);
    assertEquals(14.5, model.expectedPercentileMillis(95), MICROSECOND * 2);
  }

  @Test
  void uniformBaseWithStallsMixesBoth() {
    StallModel model = new StallModel(5, 15, 5000, 500);

    // Below the 90th percentile almost all mass is unstalled: a stalled request needs base + wait <= x.
    double median = model.expectedPercentileMillis(50);
    assertTrue(median > 10, "median " + median);
    assertTrue(median < 11, "median " + median);
    assertEquals(1.0, model.cumulativeProbability(515), 1e-9);
    assertEquals(0.0, model.cumulativeProbability(4.9), 1e-9);
    // The 95th percentile is the median of the stalled part, base + wait, whose median is 10 + 250.
    assertEquals(260, model.expectedPercentileMillis(95), 0.5);
  }

  @Test
  void stallWaitCountsDownWithinEachPeriod() {
    StallModel model = new StallModel(0, 0, 1000, 200);

    assertEquals(200, model.stallWaitMillis(0), 1e-9);
    assertEquals(50, model.stallWaitMillis(150), 1e-9);
    assertEquals(0, model.stallWaitMillis(200), 1e-9);
    assertEquals(0, model.stallWaitMillis(999), 1e-9);
    assertEquals(200, model.stallWaitMillis(3000), 1e-9);
  }

  @Test
  void invalidSettingsNameTheRejectedValue() {
    IllegalArgumentException stall =
        assertThrows(IllegalArgumentException.class, () -> new StallModel(1, 2, 1000, 1000));
    assertTrue(stall.getMessage().contains("1000"), stall.getMessage());

    IllegalArgumentException range =
        assertThrows(IllegalArgumentException.class, () -> new StallModel(5, 4, 1000, 0));
    assertTrue(range.getMessage().contains("[5.0, 4.0]"), range.getMessage());

    assertThrows(IllegalArgumentException.class, () -> new StallModel(1, 2, 1000, 10).expectedPercentileMillis(0));
  }
}
