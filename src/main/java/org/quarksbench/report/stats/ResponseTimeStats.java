package org.quarksbench.report.stats;

/**
 * Counts, exact sum, extremes and histogram of a set of requests: one table row, or one second of a timeline.
 *
 * <p>All response times are whole milliseconds, so the sum is exact in a {@code long}. Not thread-safe.
 */
public final class ResponseTimeStats {
  private long requests;
  private long failures;
  private long sumMillis;
  private int minMillis = Integer.MAX_VALUE;
  private int maxMillis = Integer.MIN_VALUE;
  private long lastEndEpochMillis = Long.MIN_VALUE;
  private final ResponseTimeHistogram histogram = new ResponseTimeHistogram();

  /** Adds one request that took {@code responseTimeMillis} and ended at {@code endEpochMillis}. */
  public void record(int responseTimeMillis, boolean ok, long endEpochMillis) {
    record(responseTimeMillis, responseTimeMillis, ok, endEpochMillis);
  }

  /**
   * Adds one request whose time is counted in the histogram under {@code histogramKey}, such as its Locust
   * bucket, while sum and extremes keep the exact time.
   */
  public void record(int responseTimeMillis, int histogramKey, boolean ok, long endEpochMillis) {
    requests++;
    if (!ok) {
      failures++;
    }
    sumMillis += responseTimeMillis;
    minMillis = Math.min(minMillis, responseTimeMillis);
    maxMillis = Math.max(maxMillis, responseTimeMillis);
    lastEndEpochMillis = Math.max(lastEndEpochMillis, endEpochMillis);
    histogram.record(histogramKey);
  }

  /** Shrinks the histogram's table for a set that will rarely change again. */
  void compact() {
    histogram.compact();
  }

  /** Adds every request of {@code other}. */
  public void addAll(ResponseTimeStats other) {
    requests += other.requests;
    failures += other.failures;
    sumMillis += other.sumMillis;
    minMillis = Math.min(minMillis, other.minMillis);
    maxMillis = Math.max(maxMillis, other.maxMillis);
    lastEndEpochMillis = Math.max(lastEndEpochMillis, other.lastEndEpochMillis);
    histogram.addAll(other.histogram);
  }

  public long requests() {
    return requests;
  }

  public long failures() {
    return failures;
  }

  public long sumMillis() {
    return sumMillis;
  }

  /** Returns the mean response time, 0 when there is no request. */
  public double averageMillis() {
    return requests == 0 ? 0 : (double) sumMillis / requests;
  }

  /** Returns the exact minimum, 0 when there is no request. */
  public int minMillis() {
    return requests == 0 ? 0 : minMillis;
  }

  /** Returns the exact maximum, 0 when there is no request. */
  public int maxMillis() {
    return requests == 0 ? 0 : maxMillis;
  }

  /** Returns the end of the latest request in epoch milliseconds; meaningless when there is no request. */
  public long lastEndEpochMillis() {
    return lastEndEpochMillis;
  }

  public SortedCounts sortedTimes() {
    return histogram.sortedCounts();
  }

  public int distinctTimes() {
    return histogram.distinctValues();
  }

  /** Returns the live histogram, for readers in this package that must not copy it. */
  ResponseTimeHistogram histogram() {
    return histogram;
  }
}
