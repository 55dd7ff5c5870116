package org.quarksbench.report.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quarksbench.report.ReportOptions;
import org.quarksbench.report.stats.EndpointKey;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ErrorSummary;
import org.quarksbench.report.summary.PercentileValue;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Reads the numbers back out of a final Locust table block, so a test can render them again and compare the
 * layout line by line with what Locust printed.
 *
 * <p>Rows are split from the right, because names may be long and contain spaces: the rates after the last
 * {@code |}, the four times between the last two, then the fails cell and the request count.
 */
final class LocustTableParser {
  private LocustTableParser() {}

  /** Parses {@code lines}, which start at the main table's header and hold the three tables. */
  static ReportSummary parse(List<String> lines, Layout layout) {
    int lineIndex = 2;
    List<String[]> mainRows = new ArrayList<>();
    while (!lines.get(lineIndex).startsWith("---")) {
      mainRows.add(splitMainRow(lines.get(lineIndex), layout));
      lineIndex++;
    }
    String[] aggregatedRow = splitMainRow(lines.get(lineIndex + 1), layout);
    lineIndex += 3;

    Map<List<String>, List<PercentileValue>> percentiles = new HashMap<>();
    lineIndex += 3;
    while (!lines.get(lineIndex).startsWith("---")) {
      parsePercentileRow(lines.get(lineIndex), layout, percentiles);
      lineIndex++;
    }
    lineIndex++;
    if (!lines.get(lineIndex).isEmpty()) {
      parsePercentileRow(lines.get(lineIndex), layout, percentiles);
      lineIndex++;
    }

    List<EndpointSummary> endpoints = new ArrayList<>();
    for (String[] row : mainRows) {
      endpoints.add(endpoint(row, percentiles.getOrDefault(List.of(row[0], row[1]), zeros())));
    }
    EndpointSummary aggregated = endpoint(aggregatedRow, percentiles.getOrDefault(List.of("", "Aggregated"), zeros()));

    List<ErrorSummary> errors = new ArrayList<>();
    lineIndex++;
    if (lineIndex < lines.size() && lines.get(lineIndex).equals("Error report")) {
      lineIndex += 3;
      while (!lines.get(lineIndex).startsWith("---") && !lines.get(lineIndex).startsWith(" ---")) {
        errors.add(error(lines.get(lineIndex).trim(), endpoints));
        lineIndex++;
      }
    }
    return new ReportSummary(1, null, null, "parsed", 0, 0, "locust", endpoints, aggregated, errors);
  }

  /** Returns method, name, requests, fails cell, avg, min, max, median, req/s, failures/s. */
  private static String[] splitMainRow(String line, Layout layout) {
    int lastBar = line.lastIndexOf('|');
    int timesBar = line.lastIndexOf('|', lastBar - 1);
    String[] rates = line.substring(lastBar + 1).trim().split("\\s+");
    String[] times = line.substring(timesBar + 1, lastBar).trim().split("\\s+");
    String left = line.substring(0, timesBar).stripTrailing();
    int failsStart = left.lastIndexOf(' ') + 1;
    String fails = left.substring(failsStart);
    left = left.substring(0, failsStart).stripTrailing();
    int requestsStart = left.lastIndexOf(' ') + 1;
    String requests = left.substring(requestsStart);
    String nameCell = left.substring(0, requestsStart).stripTrailing();
    String method;
    String name;
    if (layout == Layout.LOCUST_2_8) {
      EndpointKey key = nameCell.trim().equals("Aggregated") ? new EndpointKey("", "Aggregated")
          : EndpointKey.parse(nameCell.substring(1));
      method = key.method();
      name = key.name();
    } else {
      method = nameCell.substring(0, 8).trim();
      name = nameCell.substring(9);
    }
    return new String[] {method, name, requests, fails, times[0], times[1], times[2], times[3], rates[0], rates[1]};
  }

  private static void parsePercentileRow(String line, Layout layout, Map<List<String>, List<PercentileValue>> into) {
    String body = layout == Layout.LOCUST_2_8 ? line.substring(1) : line;
    String type = body.substring(0, 8).trim();
    String rest = body.substring(9).stripTrailing();
    List<Long> values = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      int space = rest.lastIndexOf(' ');
      values.add(0, Long.parseLong(rest.substring(space + 1)));
      rest = rest.substring(0, space).stripTrailing();
    }
    String method = type.equals("None") ? "" : type;
    List<PercentileValue> percentiles = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      percentiles.add(new PercentileValue(ReportOptions.LOCUST_PERCENTILES.get(i), values.get(i)));
    }
    into.put(List.of(method, rest), percentiles);
  }

  private static EndpointSummary endpoint(String[] row, List<PercentileValue> percentiles) {
    long failures = Long.parseLong(row[3].substring(0, row[3].indexOf('(')));
    return new EndpointSummary(row[0], row[1], Long.parseLong(row[2]), failures, Double.parseDouble(row[4]),
        Double.parseDouble(row[5]), Double.parseDouble(row[6]), Double.parseDouble(row[7]),
        Double.parseDouble(row[8]), Double.parseDouble(row[9]), percentiles);
  }

  private static ErrorSummary error(String row, List<EndpointSummary> endpoints) {
    int space = row.indexOf(' ');
    long occurrences = Long.parseLong(row.substring(0, space));
    String text = row.substring(space).trim();
    for (EndpointSummary endpoint : endpoints) {
      String prefix = endpoint.method() + " " + endpoint.name() + ": ";
      if (text.startsWith(prefix)) {
        return new ErrorSummary(endpoint.method(), endpoint.name(), text.substring(prefix.length()), null, occurrences);
      }
    }
    throw new IllegalArgumentException("error row names no endpoint of the table: " + row);
  }

  private static List<PercentileValue> zeros() {
    return ReportOptions.LOCUST_PERCENTILES.stream().map(fraction -> new PercentileValue(fraction, 0)).toList();
  }
}
