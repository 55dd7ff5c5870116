package org.quarksbench.report.stats;

/** The rule that turns response times into percentiles and the median. */
public enum PercentileMode {
  /** Locust's rule: times rounded by {@link LocustBuckets} before ranking; what Locust prints. */
  LOCUST("locust"),
  /** The whole-millisecond times as Gatling recorded them, without rounding. */
  EXACT("exact");

  private final String jsonName;

  PercentileMode(String jsonName) {
    this.jsonName = jsonName;
  }

  /** Returns the name used in summary.json. */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the key a time is counted under in the per-second timeline: {@link #keyOf}, capped at
   * {@link Integer#MAX_VALUE} because Locust's key for a time within 500 ms of 2^31 ms (24.8 days) is larger.
   */
  public int timelineKeyOf(int millis) {
    return (int) Math.min(keyOf(millis), Integer.MAX_VALUE);
  }

  /** Returns the key a time is ranked under in this mode. */
  public long keyOf(int millis) {
    return this == LOCUST ? LocustBuckets.bucketOf(millis) : millis;
  }
}
