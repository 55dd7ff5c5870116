package org.quarksbench.report.stats;

/** How percentiles and the median are read from the response times. */
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

  /** Returns the key a time is ranked under in this mode. */
  public int keyOf(int millis) {
    return this == LOCUST ? LocustBuckets.bucketOf(millis) : millis;
  }
}
