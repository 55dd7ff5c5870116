package org.quarksbench.compare.input;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.quarksbench.InvalidInputException;
import org.quarksbench.compare.gate.Precision;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ErrorSummary;
import org.quarksbench.report.summary.PercentileValue;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Reads Locust's stats CSV ({@code PREFIX_stats.csv} from {@code --csv}, or {@code requests_<ts>.csv} from
 * the web UI) and, when given, the failures CSV beside it.
 *
 * <p>Columns are found by their header names, so the 1.x files with an extra {@code 99.999%} column and the
 * 2.44+ failures files with {@code First Seen} and {@code Last Seen} read the same way. Times and rates are
 * exact floats, so the result has {@link Precision#EXACT}; the median and percentiles are Locust's rounded
 * buckets. A percentile of {@code N/A} (an entry without requests) is left out. The duration is estimated as
 * Aggregated requests divided by its req/s, and the start time is unknown (0).
 */
public final class LocustCsvReader {
  static final String TYPE = "Type";
  static final String NAME = "Name";
  static final String REQUEST_COUNT = "Request Count";
  private static final List<String> STATS_COLUMNS = List.of(TYPE, NAME, REQUEST_COUNT, "Failure Count",
      "Median Response Time", "Average Response Time", "Min Response Time", "Max Response Time", "Requests/s",
      "Failures/s");
  private static final List<String> FAILURE_COLUMNS = List.of("Method", NAME, "Error", "Occurrences");
  private static final Pattern PERCENTILE_COLUMN = Pattern.compile("\\d+(\\.\\d+)?%");
  private static final String AGGREGATED = "Aggregated";

  private LocustCsvReader() {}

  /**
   * Reads a stats CSV and, unless {@code failuresFile} is null, its failures CSV.
   *
   * @param scenario the name the summary gets, since Locust's files name no scenario
   */
  public static LoadedReport read(Path statsFile, Path failuresFile, String scenario) {
    CsvTable stats = table(statsFile);
    Map<String, Integer> columns = columnsOf(statsFile, stats, STATS_COLUMNS,
        "Locust's stats CSV (Type,Name,Request Count,Failure Count,Median Response Time,...)");
    List<String> header = stats.records().get(0);
    Map<Integer, Double> percentileColumns = new TreeMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (PERCENTILE_COLUMN.matcher(header.get(i)).matches()) {
        String label = header.get(i);
        percentileColumns.put(i, new BigDecimal(label.substring(0, label.length() - 1)).movePointLeft(2)
            .doubleValue());
      }
    }

    List<EndpointSummary> endpoints = new ArrayList<>();
    EndpointSummary aggregated = null;
    for (int r = 1; r < stats.records().size(); r++) {
      List<String> record = stats.records().get(r);
      int line = stats.lineNumbers().get(r);
      checkFieldCount(statsFile, line, record, header);
      EndpointSummary row = endpointOf(statsFile, line, record, columns, percentileColumns);
      String type = record.get(columns.get(TYPE));
      if (row.name().equals(AGGREGATED) && (type.isEmpty() || type.equals("None"))) {
        aggregated = row;
      } else {
        endpoints.add(row);
      }
    }
    if (aggregated == null) {
      throw new InvalidInputException(statsFile + " has no Aggregated row, which Locust always writes last."
          + " The file is cut or edited; pass the complete stats CSV.");
    }
    List<ErrorSummary> errors = failuresFile == null ? List.of() : readFailures(failuresFile);
    double durationSeconds = aggregated.requestsPerSecond() > 0
        ? aggregated.requests() / aggregated.requestsPerSecond()
        : 0;
    ReportSummary summary = new ReportSummary(1, null, null, scenario, 0, durationSeconds, "locust", endpoints,
        aggregated, errors);
    return new LoadedReport(statsFile, InputFormat.CSV, Precision.EXACT, List.of(summary), List.of());
  }

  private static List<ErrorSummary> readFailures(Path failuresFile) {
    CsvTable failures = table(failuresFile);
    Map<String, Integer> columns = columnsOf(failuresFile, failures, FAILURE_COLUMNS,
        "Locust's failures CSV (Method,Name,Error,Occurrences)");
    List<String> header = failures.records().get(0);
    List<ErrorSummary> errors = new ArrayList<>();
    for (int r = 1; r < failures.records().size(); r++) {
      List<String> record = failures.records().get(r);
      int line = failures.lineNumbers().get(r);
      checkFieldCount(failuresFile, line, record, header);
      long occurrences = (long) number(failuresFile, line, "Occurrences", record.get(columns.get("Occurrences")));
      errors.add(new ErrorSummary(record.get(columns.get("Method")), record.get(columns.get(NAME)),
          record.get(columns.get("Error")), null, occurrences));
    }
    return errors;
  }

  private static EndpointSummary endpointOf(Path file, int line, List<String> record, Map<String, Integer> columns,
      Map<Integer, Double> percentileColumns) {
    List<PercentileValue> percentiles = new ArrayList<>();
    for (Map.Entry<Integer, Double> column : percentileColumns.entrySet()) {
      String text = record.get(column.getKey());
      if (!text.equals("N/A")) {
        percentiles.add(new PercentileValue(column.getValue(), (long) number(file, line, text + "%", text)));
      }
    }
    String type = record.get(columns.get(TYPE));
    return new EndpointSummary(
        type.equals("None") ? "" : type,
        record.get(columns.get(NAME)),
        (long) number(file, line, REQUEST_COUNT, record.get(columns.get(REQUEST_COUNT))),
        (long) field(file, line, record, columns, "Failure Count"),
        field(file, line, record, columns, "Average Response Time"),
        field(file, line, record, columns, "Min Response Time"),
        field(file, line, record, columns, "Max Response Time"),
        field(file, line, record, columns, "Median Response Time"),
        field(file, line, record, columns, "Requests/s"),
        field(file, line, record, columns, "Failures/s"),
        percentiles);
  }

  private static double field(Path file, int line, List<String> record, Map<String, Integer> columns,
      String column) {
    return number(file, line, column, record.get(columns.get(column)));
  }

  /** Parses a Python float or int text, including exponent forms such as {@code 9.259259259259259e-05}. */
  private static double number(Path file, int line, String column, String text) {
    try {
      double value = Double.parseDouble(text.strip());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the file, line and column
    }
    throw new InvalidInputException(file + " line " + line + ": column '" + column + "' contains '" + text
        + "', which is not a number. The file is corrupt or not written by Locust.");
  }

  private static void checkFieldCount(Path file, int line, List<String> record, List<String> header) {
    if (record.size() != header.size()) {
      throw new InvalidInputException(file + " line " + line + " has " + record.size() + " fields but the header"
          + " has " + header.size() + ". The file is cut or edited; pass the complete CSV file.");
    }
  }

  private static Map<String, Integer> columnsOf(Path file, CsvTable table, List<String> required,
      String expected) {
    if (table.records().isEmpty()) {
      throw new InvalidInputException(file + " is empty; expected " + expected + ".");
    }
    List<String> header = table.records().get(0);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i).strip(), i);
    }
    List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException(file + " lacks the column(s) " + String.join(", ", missing) + " of "
          + expected + "; its header is '" + String.join(",", header) + "'.");
    }
    return columns;
  }

  private static CsvTable table(Path file) {
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidInputException("failed to read " + file + ": " + e.getMessage(), e);
    }
    CsvTable table = CsvTable.parse(text);
    if (table == null) {
      throw new InvalidInputException(file + " ends inside a quoted field. The file is cut; pass the complete"
          + " CSV file.");
    }
    return table;
  }
}
