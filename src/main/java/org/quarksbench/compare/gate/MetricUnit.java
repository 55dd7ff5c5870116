package org.quarksbench.compare.gate;

/** Unit of a compared metric, which sets how its values and changes are printed and rounded. */
public enum MetricUnit {
  /** A whole number of requests. */
  COUNT("", "requests"),
  /** Milliseconds. */
  MILLIS("ms", "ms"),
  /** A percentage; its absolute change is in percentage points. */
  PERCENT("%", "percentage points"),
  /** Requests per second. */
  RATE("req/s", "req/s");

  private final String symbol;
  private final String changeUnit;

  MetricUnit(String symbol, String changeUnit) {
    this.symbol = symbol;
    this.changeUnit = changeUnit;
  }

  /** Returns the short symbol printed after a value, empty for counts. */
  public String symbol() {
    return symbol;
  }

  /** Returns the unit of an absolute change and of a threshold floor, as written in help and messages. */
  public String changeUnit() {
    return changeUnit;
  }
}
