package org.quarksbench.compare.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quarksbench.InvalidInputException;
import org.quarksbench.compare.gate.Precision;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ErrorSummary;
import org.quarksbench.report.summary.PercentileValue;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Reads the final summary of a Locust console capture, or of quarks-bench's {@code report.txt}.
 *
 * <p>Layouts read: Locust 1.0-1.1 (era A), 1.2-2.8 (era B, the default layout of quarks-bench, one Name
 * column such as {@code GET /readMessage}) and 2.9+ (era C, separate Type and Name columns and {@code Med}).
 * Locust prints a request table every 2 s while running and the final summary last, so the last request
 * table is the one read, with the percentile table and error report that follow it. Log lines and prose
 * around the tables are skipped. A last table that stops before its Aggregated row is rejected, because an
 * earlier, periodic table would hold current rates instead of the run's totals.
 *
 * <p>Console values are whole milliseconds and two-decimal rates, so the result has
 * {@link Precision#CONSOLE}. The duration is estimated as Aggregated requests divided by its req/s, and the
 * start time is unknown (0).
 */
public final class ConsoleReportParser {
  private static final String AGGREGATED = "Aggregated";

  private final Path file;
  private final List<String> warnings = new ArrayList<>();
  /** Lines from the last request-table header to the end of the file. */
  private final List<String> lines = new ArrayList<>();
  /** 1-based line number of {@code lines.get(0)} in the file. */
  private int firstLineNumber;

  private ConsoleReportParser(Path file) {
    this.file = file;
  }

  /** Parses {@code file}; the summary gets the given scenario name, since Locust's tables name none. */
  public static LoadedReport parse(Path file, String scenario) {
    ConsoleReportParser parser = new ConsoleReportParser(file);
    parser.readFromLastRequestTable();
    ReportSummary summary = parser.parseSummary(scenario);
    return new LoadedReport(file, InputFormat.TEXT, Precision.CONSOLE, List.of(summary), parser.warnings);
  }

  private void readFromLastRequestTable() {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (ConsoleTableRows.isRequestHeader(line)) {
          lines.clear();
          firstLineNumber = lineNumber;
        }
        if (firstLineNumber > 0) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException("failed to read " + file + ": " + e.getMessage(), e);
    }
    if (lines.isEmpty()) {
      throw new InvalidInputException("no Locust request table found in " + file + ": expected a header line"
          + " starting with 'Type     Name' (Locust 2.9+) or ' Name' (Locust 1.x-2.8) and containing '# reqs'"
          + " and '# fails'. Pass a Locust console capture, a quarks-bench report.txt, or set --format.");
    }
  }

  private ReportSummary parseSummary(String scenario) {
    boolean eraC = lines.get(0).startsWith("Type");
    int index = 1;
    expectSeparator(index, "request table");
    index++;

    List<EndpointSummary> rows = new ArrayList<>();
    Map<String, Integer> rowIndexByKey = new HashMap<>();
    while (!ConsoleTableRows.isSeparator(lineAt(index, "request table"))) {
      String line = lines.get(index);
      if (!ConsoleTableRows.isLogLine(line)) {
        EndpointSummary row = requestRow(index, eraC, false);
        rowIndexByKey.put(key(row.method(), row.name()), rows.size());
        rows.add(row);
      }
      index++;
    }
    index++;
    while (ConsoleTableRows.isLogLine(lineAt(index, "request table"))) {
      index++;
    }
    EndpointSummary aggregated = requestRow(index, eraC, true);
    index++;

    String percentileMode = "locust";
    int titleIndex = findLine(index, "Response time percentiles", "Percentage of the requests completed");
    Map<String, List<PercentileValue>> percentiles = new HashMap<>();
    if (titleIndex < 0) {
      warnings.add(file + ": no percentile table follows the last request table (line " + firstLineNumber
          + "), so p90, p95 and p99 are not compared. The capture may end before Locust's final summary.");
    } else {
      if (lines.get(titleIndex).toLowerCase(Locale.ROOT).contains("exact")) {
        percentileMode = "exact";
      }
      index = parsePercentileTable(titleIndex, eraC, percentiles);
    }
    List<ErrorSummary> errors = new ArrayList<>();
    int errorTitle = findLine(index, "Error report");
    if (errorTitle >= 0) {
      parseErrorReport(errorTitle, rows, errors);
    }

    List<EndpointSummary> endpoints = new ArrayList<>();
    for (EndpointSummary row : rows) {
      endpoints.add(withPercentiles(row, percentiles.getOrDefault(key(row.method(), row.name()), List.of())));
    }
    aggregated = withPercentiles(aggregated, percentiles.getOrDefault(key("", AGGREGATED), List.of()));
    double durationSeconds = aggregated.requestsPerSecond() > 0
        ? aggregated.requests() / aggregated.requestsPerSecond()
        : 0;
    return new ReportSummary(1, null, null, scenario, 0, durationSeconds, percentileMode, endpoints, aggregated,
        errors);
  }

  private EndpointSummary requestRow(int index, boolean eraC, boolean aggregated) {
    String line = lines.get(index);
    ConsoleTableRows.RequestRow row = ConsoleTableRows.parseRequestRow(line);
    if (row == null) {
      throw new InvalidInputException(file + " line " + lineNumber(index) + " is not a row of Locust's request"
          + " table: '" + line.strip() + "'. The file may be cut or edited; pass a complete console capture.");
    }
    String method;
    String name;
    String namePart = row.namePart();
    if (aggregated) {
      if (!namePart.strip().equals(AGGREGATED)) {
        throw new InvalidInputException(file + " line " + lineNumber(index) + ": expected the Aggregated row after"
            + " the request table's second separator, found '" + namePart.strip() + "'.");
      }
      method = "";
      name = AGGREGATED;
    } else {
      String cells = eraC ? namePart : namePart.substring(namePart.startsWith(" ") ? 1 : 0);
      if (eraC && cells.startsWith(" ")) {
        method = "";
        name = cells.strip();
      } else {
        int space = cells.indexOf(' ');
        method = space < 0 ? "" : cells.substring(0, space);
        name = space < 0 ? cells : cells.substring(space + 1).strip();
      }
    }
    return new EndpointSummary(method, name, row.requests(), row.failures(), row.averageMillis(), row.minMillis(),
        row.maxMillis(), row.medianMillis(), row.requestsPerSecond(), row.failuresPerSecond(), List.of());
  }

  /** Parses the percentile table whose title is at {@code titleIndex}; returns the index after it. */
  private int parsePercentileTable(int titleIndex, boolean eraC, Map<String, List<PercentileValue>> result) {
    int index = titleIndex + 1;
    String header = lineAt(index, "percentile table");
    List<Double> fractions = ConsoleTableRows.percentileFractions(header);
    if (fractions.isEmpty()) {
      throw new InvalidInputException(file + " line " + lineNumber(index) + ": expected the percentile table's"
          + " header with columns such as '50%', found '" + header.strip() + "'.");
    }
    int countColumn = header.indexOf("# reqs");
    boolean countFirst = countColumn >= 0 && countColumn < header.indexOf('%');
    index++;
    expectSeparator(index, "percentile table");
    index++;
    boolean anyRow = false;
    while (!ConsoleTableRows.isSeparator(lineAt(index, "percentile table"))) {
      if (!ConsoleTableRows.isLogLine(lines.get(index))) {
        anyRow = true;
        putPercentileRow(index, fractions, countFirst, eraC, false, result);
      }
      index++;
    }
    index++;
    if (!anyRow) {
      return index;
    }
    lineAt(index, "percentile table");
    putPercentileRow(index, fractions, countFirst, eraC, true, result);
    return index + 1;
  }

  private void putPercentileRow(int index, List<Double> fractions, boolean countFirst, boolean eraC,
      boolean aggregated, Map<String, List<PercentileValue>> result) {
    String line = lines.get(index);
    ConsoleTableRows.PercentileRow row = ConsoleTableRows.parsePercentileRow(line, fractions.size(), countFirst);
    if (row == null) {
      throw new InvalidInputException(file + " line " + lineNumber(index) + " is not a row of the percentile"
          + " table with " + fractions.size() + " percentiles: '" + line.strip() + "'.");
    }
    List<PercentileValue> values = new ArrayList<>();
    for (int i = 0; i < fractions.size(); i++) {
      values.add(new PercentileValue(fractions.get(i), row.percentileMillis()[i]));
    }
    if (aggregated) {
      result.put(key("", AGGREGATED), values);
      return;
    }
    String cells = eraC ? row.prefix() : row.prefix().substring(row.prefix().startsWith(" ") ? 1 : 0);
    String stripped = cells.strip();
    int space = stripped.indexOf(' ');
    String method = space < 0 || cells.startsWith(" ") ? "" : stripped.substring(0, space);
    String name = method.isEmpty() ? stripped : stripped.substring(space + 1).strip();
    result.put(key(method, name), values);
  }

  private void parseErrorReport(int titleIndex, List<EndpointSummary> rows, List<ErrorSummary> errors) {
    int index = titleIndex + 2;
    expectSeparator(index, "error report");
    index++;
    while (!ConsoleTableRows.isSeparator(lineAt(index, "error report"))) {
      String line = lines.get(index).strip();
      int space = line.indexOf(' ');
      if (space < 0 || !line.substring(0, space).chars().allMatch(Character::isDigit)) {
        throw new InvalidInputException(file + " line " + lineNumber(index) + " is not a row of the error report"
            + " (a count, then the error): '" + line + "'.");
      }
      long occurrences = Long.parseLong(line.substring(0, space));
      errors.add(errorOf(line.substring(space + 1).strip(), occurrences, rows));
      index++;
    }
  }

  /**
   * Splits {@code <method> <name>: <error>} at the first {@code ": "} after a request name of the table,
   * because names can contain {@code ": "} themselves; the longest matching name wins.
   */
  private static ErrorSummary errorOf(String text, long occurrences, List<EndpointSummary> rows) {
    EndpointSummary best = null;
    int bestPrefixLength = 0;
    for (EndpointSummary row : rows) {
      String prefix = (row.method().isEmpty() ? "" : row.method() + " ") + row.name() + ": ";
      if (text.startsWith(prefix) && prefix.length() > bestPrefixLength) {
        best = row;
        bestPrefixLength = prefix.length();
      }
    }
    if (best == null) {
      // NOTE: an error whose request is not in the table keeps its whole text and an empty method and name.
      return new ErrorSummary("", "", text, null, occurrences);
    }
    return new ErrorSummary(best.method(), best.name(), text.substring(bestPrefixLength), null, occurrences);
  }

  private static EndpointSummary withPercentiles(EndpointSummary row, List<PercentileValue> percentiles) {
    return new EndpointSummary(row.method(), row.name(), row.requests(), row.failures(), row.averageMillis(),
        row.minMillis(), row.maxMillis(), row.medianMillis(), row.requestsPerSecond(), row.failuresPerSecond(),
        percentiles);
  }

  private int findLine(int from, String... prefixes) {
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      for (String prefix : prefixes) {
        if (line.startsWith(prefix)) {
          return i;
        }
      }
    }
    return -1;
  }

  private void expectSeparator(int index, String table) {
    String line = lineAt(index, table);
    if (!ConsoleTableRows.isSeparator(line)) {
      throw new InvalidInputException(file + " line " + lineNumber(index) + ": expected the " + table
          + "'s separator line of dashes, found '" + line.strip() + "'.");
    }
  }

  /** Returns the line at {@code index}, or rejects the file as cut inside {@code table}. */
  private String lineAt(int index, String table) {
    if (index >= lines.size() || (lines.get(index).isBlank() && index > 0)) {
      throw new InvalidInputException("the last " + table + " in " + file + " (from line " + firstLineNumber
          + ") is cut at line " + lineNumber(index) + " before its end. The capture is incomplete: pass the"
          + " whole console output of a finished run, or the run's CSV files.");
    }
    return lines.get(index);
  }

  private int lineNumber(int index) {
    return firstLineNumber + index;
  }

  private static String key(String method, String name) {
    return method + "\u0000" + name;
  }
}
