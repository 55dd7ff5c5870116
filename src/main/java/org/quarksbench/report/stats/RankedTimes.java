package org.quarksbench.report.stats;

/** Response times that can be read by rank, as if every sample were listed in ascending order. */
public interface RankedTimes {
  /** Returns the number of samples. */
  long total();

  /**
   * Returns the time at 0-based {@code position} in ascending order.
   *
   * @throws IllegalArgumentException if the position is outside 0 to total − 1
   */
  int valueAt(long position);
}
