package org.quarksbench.report.stats;

/**
 * Locust's percentile and median rules over whole-millisecond response times.
 *
 * <p>Both rank the samples in ascending order and return the key ({@link PercentileMode#keyOf}) of one of
 * them. Because the key is a non-decreasing function of the time, ranking exact times and then taking the
 * key gives the same result as Locust's ranking of rounded keys.
 */
public final class Percentiles {
  private Percentiles() {}

  /**
   * Returns the response time at {@code fraction} (0.95 for 95%), 0 when there is no sample.
   *
   * <p>Rule (Locust's {@code calculate_response_time_percentile}): the sample at 0-based position
   * min(floor(n × fraction), n − 1), with the product computed in double precision. The result is not clamped
   * to the exact maximum, so a 998 ms maximum can give a 100% value of 1000 in {@link PercentileMode#LOCUST}.
   */
  public static long percentile(RankedTimes times, double fraction, PercentileMode mode) {
    long n = times.total();
    if (n == 0) {
      return 0;
    }
    long position = Math.min((long) Math.floor(n * fraction), n - 1);
    return mode.keyOf(times.valueAt(position));
  }

  /**
   * Returns the Median column: the lower median of the keys, clamped into [min, max] of the exact times.
   *
   * <p>Rule (Locust's {@code median_response_time}): the key at 0-based position floor((n − 1) / 2), then
   * the exact maximum if the key is above it and the exact minimum if it is below. 0 when there is no sample.
   */
  public static double median(RankedTimes times, double minMillis, double maxMillis, PercentileMode mode) {
    long n = times.total();
    if (n == 0) {
      return 0;
    }
    double key = mode.keyOf(times.valueAt((n - 1) / 2));
    if (key > maxMillis) {
      return maxMillis;
    }
    if (key < minMillis) {
      return minMillis;
    }
    return key;
  }
}
