package org.quarksbench.compare.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsers for single lines of Locust's console tables, read from the right as Locust's layouts require.
 *
 * <p>Names may be longer than their column, contain spaces and {@code |}, and push later fields right, so
 * no line is cut at fixed columns. A request row ends with the fails cell {@code F(P%)}, four times and two
 * rates; a percentile row ends with its percentiles and request count.
 */
final class ConsoleTableRows {
  /**
   * A request-table row of every Locust era. In Locust 2.9+ the Max and Med columns touch, so a median of 7
   * digits can glue to the maximum; the alternative {@code gluedMedian} then takes Med's last 7 digits.
   */
  private static final Pattern REQUEST_ROW = Pattern.compile(
      "^(?<name>.*\\S)\\s+(?<requests>\\d+)\\s+(?<failures>\\d+)\\(\\d+(?:\\.\\d+)?%\\)\\s*\\|?\\s*"
          + "(?<average>\\d+)\\s+(?<min>\\d+)\\s+(?<max>\\d+)(?:\\s*\\|?\\s+(?<median>\\d+)|(?<gluedMedian>\\d{7}))"
          + "\\s*\\|?\\s*(?<rps>\\d+(?:\\.\\d+)?)\\s+(?<fps>\\d+(?:\\.\\d+)?)\\s*$");

  private static final Pattern LOG_LINE = Pattern.compile("^\\[\\d{4}-\\d\\d-\\d\\d [^\\]]*\\] .*");

  private ConsoleTableRows() {}

  /** Values of one request-table row; {@code namePart} is everything left of the request count. */
  record RequestRow(
      String namePart,
      long requests,
      long failures,
      double averageMillis,
      double minMillis,
      double maxMillis,
      double medianMillis,
      double requestsPerSecond,
      double failuresPerSecond) {}

  /** Values of one percentile-table row; {@code prefix} contains the type and name cells. */
  record PercentileRow(String prefix, long[] percentileMillis, long requests) {}

  /** Returns true for a line made of dashes and pipes only, the separators of every table. */
  static boolean isSeparator(String line) {
    if (line.isEmpty() || line.charAt(0) != '-') {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '-' && c != '|') {
        return false;
      }
    }
    return true;
  }

  /** Returns true for a Locust log line such as {@code [2026-12-04 19:45:32,440] vm/INFO/locust.main: ...}. */
  static boolean isLogLine(String line) {
    return LOG_LINE.matcher(line).matches();
  }

  /** Returns true for the header of a request table: era A and B start with " Name", era C with "Type". */
  static boolean isRequestHeader(String line) {
    boolean start = line.startsWith(" Name") || line.startsWith("Type");
    return start && line.contains("# reqs") && line.contains("# fails");
  }

  /** Parses a request-table row, or returns null when the line is not one. */
  static RequestRow parseRequestRow(String line) {
    Matcher m = REQUEST_ROW.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String median = m.group("median") != null ? m.group("median") : m.group("gluedMedian");
    return new RequestRow(
        m.group("name"),
        Long.parseLong(m.group("requests")),
        Long.parseLong(m.group("failures")),
        Double.parseDouble(m.group("average")),
        Double.parseDouble(m.group("min")),
        Double.parseDouble(m.group("max")),
        Double.parseDouble(median),
        Double.parseDouble(m.group("rps")),
        Double.parseDouble(m.group("fps")));
  }

  /**
   * Reads the percentile columns of a percentile-table header, such as {@code 50%} or {@code 99.9%}.
   *
   * @return the fractions in column order (0.5, 0.999), empty when the line has no percentile column
   */
  static List<Double> percentileFractions(String header) {
    List<Double> fractions = new ArrayList<>();
    for (String token : header.trim().split("\\s+")) {
      if (token.endsWith("%") && token.length() > 1) {
        try {
          fractions.add(new BigDecimal(token.substring(0, token.length() - 1)).movePointLeft(2).doubleValue());
        } catch (NumberFormatException e) {
          return List.of();
        }
      }
    }
    return fractions;
  }

  /**
   * Parses a percentile-table row with {@code percentileCount} percentiles and one request count.
   *
   * @param countFirst true for Locust 1.0-1.1 (era A), whose count column comes before the percentiles
   * @return the row, or null when the line does not end with that many whole numbers
   */
  static PercentileRow parsePercentileRow(String line, int percentileCount, boolean countFirst) {
    String trimmed = line.stripTrailing();
    int numbers = percentileCount + 1;
    long[] values = new long[numbers];
    int end = trimmed.length();
    for (int i = numbers - 1; i >= 0; i--) {
      int start = end;
      while (start > 0 && Character.isDigit(trimmed.charAt(start - 1))) {
        start--;
      }
      if (start == end || start == 0 || !Character.isWhitespace(trimmed.charAt(start - 1))) {
        return null;
      }
      values[i] = Long.parseLong(trimmed.substring(start, end));
      end = start;
      while (end > 0 && Character.isWhitespace(trimmed.charAt(end - 1))) {
        end--;
      }
    }
    long[] percentiles = new long[percentileCount];
    long requests;
    if (countFirst) {
      requests = values[0];
      System.arraycopy(values, 1, percentiles, 0, percentileCount);
    } else {
      requests = values[percentileCount];
      System.arraycopy(values, 0, percentiles, 0, percentileCount);
    }
    return new PercentileRow(trimmed.substring(0, end), percentiles, requests);
  }
}
