package org.quarksbench.compare.gate;

/** Unit of a compared metric, which sets how its values are rounded and how its changes are named. */
public enum MetricUnit {
  /** A whole number of requests. */
  COUNT("requests"),
  /** Milliseconds. */
  MILLIS("ms"),
  /** A percentage; its absolute change is in percentage points. */
  PERCENT("percentage points"),
  /** Requests per second. */
  RATE("req/s");

  private final String changeUnit;

  MetricUnit(String changeUnit) {
    this.changeUnit = changeUnit;
  }

  /** Returns the unit of an absolute change and of a threshold floor, as written in help and messages. */
  public String changeUnit() {
    return changeUnit;
  }
}
