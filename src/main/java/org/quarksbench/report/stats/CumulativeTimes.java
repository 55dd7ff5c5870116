package org.quarksbench.report.stats;

import java.util.Arrays;

/**
 * Response times added second by second and read by rank at any point, for the history rows.
 *
 * <p>A Fenwick tree over the distinct times of the whole scenario, fixed at construction, so adding a second's
 * histogram and reading one rank each cost O(log d) per distinct time, with d the scenario's distinct times.
 * Re-sorting the cumulative histogram every second would cost O(d log d) per row instead.
 */
final class CumulativeTimes implements RankedTimes {
  private final int[] values;
  private final long[] tree;
  private long total;

  /** Prepares for times drawn from {@code universe}, the scenario's distinct keys in ascending order. */
  CumulativeTimes(int[] universe) {
    this.values = universe;
    this.tree = new long[values.length + 1];
  }

  void addAll(ResponseTimeHistogram histogram) {
    histogram.forEach((millis, count) -> {
      int index = Arrays.binarySearch(values, millis);
      if (index < 0) {
        throw new IllegalArgumentException("time " + millis + " ms is not in the scenario's times");
      }
      for (int i = index + 1; i < tree.length; i += i & -i) {
        tree[i] += count;
      }
      total += count;
    });
  }

  @Override
  public long total() {
    return total;
  }

  @Override
  public int valueAt(long position) {
    if (position < 0 || position >= total) {
      throw new IllegalArgumentException("position must be in 0.." + (total - 1) + ", got " + position);
    }
    int index = 0;
    long remaining = position;
    for (int step = Integer.highestOneBit(Math.max(1, tree.length - 1)); step > 0; step >>= 1) {
      int next = index + step;
      if (next < tree.length && tree[next] <= remaining) {
        index = next;
        remaining -= tree[next];
      }
    }
    return values[index];
  }
}
