package org.quarksbench.report.format;

/**
 * Python-style {@code %-Ns} and {@code %Ns} padding: never truncates, so a long value pushes the line right.
 *
 * <p>Widths count code points, as Python counts a {@code str}, so a character outside the Basic Multilingual
 * Plane takes one column here too.
 */
final class Text {
  private Text() {}

  static String padLeft(String value, int width) {
    int length = value.codePointCount(0, value.length());
    return length >= width ? value : value + " ".repeat(width - length);
  }

  static String padRight(String value, int width) {
    int length = value.codePointCount(0, value.length());
    return length >= width ? value : " ".repeat(width - length) + value;
  }

  static String dashes(int count) {
    return "-".repeat(count);
  }
}
