package org.quarksbench.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PercentilesTest {
  @Test
  void exactPercentilesOfZeroToNinetyNine() {
    SortedCounts times = histogramOf(rangeInclusive(0, 99));

    assertEquals(50, Percentiles.percentile(times, 0.50, PercentileMode.EXACT));
    assertEquals(95, Percentiles.percentile(times, 0.95, PercentileMode.EXACT));
    assertEquals(99, Percentiles.percentile(times, 0.999, PercentileMode.EXACT));
    assertEquals(99, Percentiles.percentile(times, 1.0, PercentileMode.EXACT));
  }

  @Test
  void evenCountGivesUpperPercentileAndLowerMedian() {
    SortedCounts times = histogramOf(new int[] {4, 5, 6, 7});

    assertEquals(6, Percentiles.percentile(times, 0.50, PercentileMode.LOCUST));
    assertEquals(5.0, Percentiles.median(times, 4, 7, PercentileMode.LOCUST));
    assertEquals(7, Percentiles.percentile(times, 0.75, PercentileMode.LOCUST));
  }

  @Test
  void medianIsClampedToExactExtremes() {
    SortedCounts one = histogramOf(new int[] {146});
    SortedCounts two = histogramOf(new int[] {1234, 2250});

    assertEquals(146.0, Percentiles.median(one, 146, 146, PercentileMode.LOCUST), "key 150 above max 146");
    assertEquals(150, Percentiles.percentile(one, 0.5, PercentileMode.LOCUST), "percentiles are not clamped");
    assertEquals(1234.0, Percentiles.median(two, 1234, 2250, PercentileMode.LOCUST), "key 1200 below min 1234");
  }

  @Test
  void hundredPercentCanExceedMax() {
    SortedCounts times = histogramOf(new int[] {12, 998});

    assertEquals(1000, Percentiles.percentile(times, 1.0, PercentileMode.LOCUST));
    assertEquals(998, Percentiles.percentile(times, 1.0, PercentileMode.EXACT));
  }

  @Test
  void emptyHistogramGivesZero() {
    SortedCounts empty = new ResponseTimeHistogram().sortedCounts();

    assertEquals(0, Percentiles.percentile(empty, 0.95, PercentileMode.LOCUST));
    assertEquals(0.0, Percentiles.median(empty, 0, 0, PercentileMode.LOCUST));
  }

  @Test
  void rankUsesDoubleProduct() {
    SortedCounts times = histogramOf(rangeInclusive(1, 1000));

    assertEquals(991, Percentiles.percentile(times, 0.99, PercentileMode.EXACT), "floor(1000 * 0.99) = 990");
    assertEquals(1000, Percentiles.percentile(times, 0.9999, PercentileMode.EXACT), "floor(999.9) = 999");
  }

  @Test
  void histogramKeepsCountsPastGrowth() {
    ResponseTimeHistogram histogram = new ResponseTimeHistogram();
    for (int value = 0; value < 10_000; value++) {
      histogram.record(value % 2_000);
    }

    SortedCounts times = histogram.sortedCounts();

    assertEquals(2_000, histogram.distinctValues());
    assertEquals(10_000, times.total());
    assertEquals(0, times.valueAt(4));
    assertEquals(1, times.valueAt(5));
    assertEquals(1_999, times.valueAt(9_999));
  }

  private static int[] rangeInclusive(int from, int to) {
    int[] values = new int[to - from + 1];
    for (int i = 0; i < values.length; i++) {
      values[i] = from + i;
    }
    return values;
  }

  private static SortedCounts histogramOf(int[] values) {
    ResponseTimeHistogram histogram = new ResponseTimeHistogram();
    for (int value : values) {
      histogram.record(value);
    }
    return histogram.sortedCounts();
  }
}
