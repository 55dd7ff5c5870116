package org.quarksbench.compare.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.quarksbench.InvalidInputException;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ErrorSummary;
import org.quarksbench.report.summary.PercentileValue;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Parses one final summary: a request table, then the percentile table and error report that follow it.
 *
 * <p>A table that stops before its end is rejected, because an earlier, periodic table would hold current
 * rates instead of the run's totals. A summary without a percentile table is read with a warning.
 */
final class ConsoleSummaryParser {
  private static final String AGGREGATED = "Aggregated";
  /** A request type that is an HTTP method or another upper-case word, such as {@code GET}. */
  private static final Pattern UPPER_CASE_TYPE = Pattern.compile("[A-Z]+");

  private final Path file;
  /** 1-based line number of {@code lines.get(0)} in the file. */
  private final int firstLineNumber;
  /** Lines from the request-table header to the end of the section. */
  private final List<String> lines;
  private final List<String> warnings = new ArrayList<>();

  /** A request-table row before its name is split into type and name. */
  private record RawRow(String nameCell, String type, ConsoleTableRows.RequestRow values) {}

  /** A percentile-table row, whose Type column separates the type from the name in every layout. */
  private record PercentileEntry(String type, String name, List<PercentileValue> values) {}

  ConsoleSummaryParser(Path file, int firstLineNumber, List<String> lines) {
    this.file = file;
    this.firstLineNumber = firstLineNumber;
    this.lines = lines;
  }

  List<String> warnings() {
    return warnings;
  }

  ReportSummary parse(String scenario) {
    boolean eraC = lines.get(0).startsWith("Type");
    int index = 1;
    expectSeparator(index, "request table");
    index++;

    List<RawRow> rawRows = new ArrayList<>();
    while (!ConsoleTableRows.isSeparator(lineAt(index, "request table"))) {
      if (!ConsoleTableRows.isLogLine(lines.get(index))) {
        rawRows.add(rawRow(index, eraC));
      }
      index++;
    }
    index++;
    while (ConsoleTableRows.isLogLine(lineAt(index, "request table"))) {
      index++;
    }
    RawRow aggregatedRow = rawRow(index, eraC);
    if (!aggregatedRow.nameCell().equals(AGGREGATED)) {
      throw new InvalidInputException(file + " line " + lineNumber(index) + ": expected the Aggregated row after"
          + " the request table's second separator, found '" + aggregatedRow.nameCell() + "'.");
    }
    index++;

    String percentileMode = "locust";
    Map<String, PercentileEntry> percentiles = new HashMap<>();
    int titleIndex = findLine(index, "Response time percentiles", "Percentage of the requests completed");
    if (titleIndex < 0) {
      warnings.add(file + ": no percentile table follows the last request table (line " + firstLineNumber
          + "), so p90, p95 and p99 are not compared. The capture may end before Locust's final summary.");
    } else {
      if (lines.get(titleIndex).toLowerCase(Locale.ROOT).contains("exact")) {
        percentileMode = "exact";
      }
      index = parsePercentileTable(titleIndex, percentiles);
    }

    List<EndpointSummary> endpoints = new ArrayList<>();
    for (RawRow row : rawRows) {
      endpoints.add(endpointOf(row, percentiles));
    }
    PercentileEntry aggregatedPercentiles = percentiles.get(AGGREGATED);
    EndpointSummary aggregated = summaryOf("", AGGREGATED, aggregatedRow.values(),
        aggregatedPercentiles == null ? List.of() : aggregatedPercentiles.values());

    List<ErrorSummary> errors = new ArrayList<>();
    int errorTitle = findLine(index, "Error report");
    if (errorTitle >= 0) {
      parseErrorReport(errorTitle, endpoints, errors);
    }
    double durationSeconds = aggregated.requestsPerSecond() > 0
        ? aggregated.requests() / aggregated.requestsPerSecond()
        : 0;
    return new ReportSummary(1, null, null, scenario, 0, durationSeconds, percentileMode, endpoints, aggregated,
        errors);
  }

  /**
   * Parses a request-table row. In Locust 2.9+ the Type column is separate (blank for Aggregated); before
   * 2.9 the Name cell is {@code <type> <name>}, or the name alone when the type is empty.
   */
  private RawRow rawRow(int index, boolean eraC) {
    String line = lines.get(index);
    ConsoleTableRows.RequestRow row = ConsoleTableRows.parseRequestRow(line);
    if (row == null) {
      throw new InvalidInputException(file + " line " + lineNumber(index) + " is not a row of Locust's request"
          + " table: '" + line.strip() + "'. The file may be cut or edited; pass a complete console capture.");
    }
    String namePart = row.namePart();
    if (!eraC) {
      return new RawRow(namePart.strip(), null, row);
    }
    if (namePart.startsWith(" ")) {
      return new RawRow(namePart.strip(), "", row);
    }
    int space = namePart.indexOf(' ');
    String type = space < 0 ? namePart : namePart.substring(0, space);
    String name = space < 0 ? "" : namePart.substring(space + 1).strip();
    return new RawRow(name, type, row);
  }

  /**
   * Splits a row into type and name. Before Locust 2.9 the split comes from the percentile table's Type
   * column, whose Name cell of the same entry reads {@code <type> <name>}.
   */
  private static EndpointSummary endpointOf(RawRow row, Map<String, PercentileEntry> percentiles) {
    String type = row.type();
    String name = row.nameCell();
    PercentileEntry entry;
    if (type != null) {
      entry = percentiles.get(displayName(type, name));
    } else {
      entry = percentiles.get(name);
      if (entry != null) {
        type = entry.type();
        name = entry.name();
      } else {
        // NOTE: an entry without timed requests has no percentile row, so an upper-case first word is taken
        // as its type. A type-less name that starts with an upper-case word is therefore split wrongly.
        int space = name.indexOf(' ');
        boolean typed = space > 0 && UPPER_CASE_TYPE.matcher(name.substring(0, space)).matches();
        type = typed ? name.substring(0, space) : "";
        name = typed ? name.substring(space + 1).strip() : name;
      }
    }
    return summaryOf(type, name, row.values(), entry == null ? List.of() : entry.values());
  }

  private static EndpointSummary summaryOf(String type, String name, ConsoleTableRows.RequestRow row,
      List<PercentileValue> percentiles) {
    return new EndpointSummary(type, name, row.requests(), row.failures(), row.averageMillis(), row.minMillis(),
        row.maxMillis(), row.medianMillis(), row.requestsPerSecond(), row.failuresPerSecond(), percentiles);
  }

  /** Parses the percentile table whose title is at {@code titleIndex}; returns the index after it. */
  private int parsePercentileTable(int titleIndex, Map<String, PercentileEntry> result) {
    int index = titleIndex + 1;
    String header = lineAt(index, "percentile table");
    List<Double> fractions = ConsoleTableRows.percentileFractions(header);
    if (fractions.isEmpty()) {
      throw new InvalidInputException(file + " line " + lineNumber(index) + ": expected the percentile table's"
          + " header with columns such as '50%', found '" + header.strip() + "'.");
    }
    int countColumn = header.indexOf("# reqs");
    boolean countFirst = countColumn >= 0 && countColumn < header.indexOf('%');
    boolean leadSpace = header.startsWith(" ");
    index++;
    expectSeparator(index, "percentile table");
    index++;

    boolean anyRow = false;
    while (!ConsoleTableRows.isSeparator(lineAt(index, "percentile table"))) {
      if (!ConsoleTableRows.isLogLine(lines.get(index))) {
        anyRow = true;
        PercentileEntry entry = percentileEntry(index, fractions, countFirst, leadSpace);
        result.put(displayName(entry.type(), entry.name()), entry);
      }
      index++;
    }
    index++;
    if (!anyRow) {
      return index;
    }
    lineAt(index, "percentile table");
    PercentileEntry aggregated = percentileEntry(index, fractions, countFirst, leadSpace);
    result.put(AGGREGATED, new PercentileEntry("", AGGREGATED, aggregated.values()));
    return index + 1;
  }

  private PercentileEntry percentileEntry(int index, List<Double> fractions, boolean countFirst,
      boolean leadSpace) {
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
    String cells = leadSpace && row.prefix().startsWith(" ") ? row.prefix().substring(1) : row.prefix();
    if (cells.startsWith(" ")) {
      return new PercentileEntry("", cells.strip(), values);
    }
    String stripped = cells.strip();
    int space = stripped.indexOf(' ');
    return space < 0
        ? new PercentileEntry(stripped, "", values)
        : new PercentileEntry(stripped.substring(0, space), stripped.substring(space + 1).strip(), values);
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
   * Splits {@code <type> <name>: <error>} at the first {@code ": "} after a request name of the table,
   * because names can contain {@code ": "} themselves; the longest matching name wins.
   */
  private static ErrorSummary errorOf(String text, long occurrences, List<EndpointSummary> rows) {
    EndpointSummary best = null;
    int bestPrefixLength = 0;
    for (EndpointSummary row : rows) {
      String prefix = displayName(row.method(), row.name()) + ": ";
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

  /** Returns an entry's text in the Name column before Locust 2.9: type, space, name, or the name alone. */
  private static String displayName(String type, String name) {
    return type.isEmpty() ? name : type + " " + name;
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
}
