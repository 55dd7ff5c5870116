package org.quarksbench.report.stats;

/**
 * Distinct response times in ascending order with their counts: a frozen {@link ResponseTimeHistogram}.
 *
 * <p>The arrays are shared, not copied, and must not be changed.
 */
public final class SortedCounts implements RankedTimes {
  private final int[] values;
  private final long[] counts;
  private final long total;

  SortedCounts(int[] values, long[] counts, long total) {
    this.values = values;
    this.counts = counts;
    this.total = total;
  }

  @Override
  public long total() {
    return total;
  }

  /** Returns the distinct times in ascending order; the array is shared and must not be changed. */
  int[] values() {
    return values;
  }

  @Override
  public int valueAt(long position) {
    if (position < 0 || position >= total) {
      throw new IllegalArgumentException("position must be in 0.." + (total - 1) + ", got " + position);
    }
    long seen = 0;
    for (int i = 0; i < values.length; i++) {
      seen += counts[i];
      if (position < seen) {
        return values[i];
      }
    }
    throw new IllegalStateException("counts add up to less than the total " + total);
  }
}
