package org.quarksbench.report.format;

/**
 * One line of Locust's error report: a distinct (method, name, error text) and how often it happened.
 *
 * @param method HTTP method, may be empty
 * @param name request name without the method
 * @param error Locust's error text
 * @param occurrences count
 */
public record ErrorRow(String method, String name, String error, long occurrences) {
  /** Returns the report's text for the row, {@code "<method> <name>: <error>"} as Locust's {@code to_name}. */
  public String displayText() {
    return method + " " + name + ": " + error;
  }
}
