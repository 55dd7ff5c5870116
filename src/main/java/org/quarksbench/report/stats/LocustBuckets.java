package org.quarksbench.report.stats;

/**
 * Locust's rounding of a response time before it is counted for percentiles and the median.
 *
 * <p>Locust (every version from 1.0 to 2.46.3, {@code StatsEntry._log_time_of_request}) keeps a time below
 * 100 ms rounded to a whole millisecond, below 1,000 ms rounded to a multiple of 10, below 10,000 ms to a
 * multiple of 100, and above that to a multiple of 1,000, with Python's {@code round}: ties go to the even
 * multiple (145 → 140, 155 → 160, 2250 → 2200, 12500 → 12000). Gatling's times are whole milliseconds, so
 * the first band needs no rounding.
 */
public final class LocustBuckets {
  private LocustBuckets() {}

  /** Returns the key Locust counts {@code millis} under. */
  public static long bucketOf(int millis) {
    if (millis < 100) {
      return millis;
    }
    if (millis < 1_000) {
      return roundHalfEven(millis, 10);
    }
    if (millis < 10_000) {
      return roundHalfEven(millis, 100);
    }
    return roundHalfEven(millis, 1_000);
  }

  private static long roundHalfEven(int value, int step) {
    long quotient = value / step;
    int remainder = value % step;
    int twice = remainder * 2;
    if (twice > step || (twice == step && quotient % 2 == 1)) {
      quotient++;
    }
    return quotient * step;
  }
}
