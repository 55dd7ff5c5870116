package org.quarksbench.report.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quarksbench.report.stats.HistoryRow;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.PercentileValue;
import org.quarksbench.report.summary.ReportSummary;

/**
 * The four files of {@code locust --csv PREFIX}, with the columns, row order and number text of Locust 2.12.1.
 *
 * <p>Response times from Gatling are whole milliseconds, which Locust would have stored as integers: minimum,
 * maximum and median are written as integers, averages and rates as Python floats. Gatling's log has no
 * response sizes, so Average Content Size is 0.
 */
public final class LocustCsv {
  private static final List<String> STATS_COLUMNS = List.of("Type", "Name", "Request Count", "Failure Count",
      "Median Response Time", "Average Response Time", "Min Response Time", "Max Response Time",
      "Average Content Size", "Requests/s", "Failures/s");
  private static final List<String> HISTORY_COLUMNS_BEFORE = List.of("Timestamp", "User Count", "Type", "Name",
      "Requests/s", "Failures/s");
  private static final List<String> HISTORY_COLUMNS_AFTER = List.of("Total Request Count", "Total Failure Count",
      "Total Median Response Time", "Total Average Response Time", "Total Min Response Time",
      "Total Max Response Time", "Total Average Content Size");

  private LocustCsv() {}

  /** Returns {@code PREFIX_stats.csv}: one row per endpoint in table order, then Aggregated. */
  public static String stats(ReportSummary summary) {
    PythonCsv csv = new PythonCsv();
    List<String> header = new ArrayList<>(STATS_COLUMNS);
    header.addAll(labels(summary));
    csv.row(header);
    for (EndpointSummary endpoint : summary.endpoints()) {
      csv.row(statsRow(endpoint));
    }
    csv.row(statsRow(summary.aggregated()));
    return csv.text();
  }

  /**
   * Returns {@code PREFIX_failures.csv}: one row per distinct (method, name, error), ordered as Locust 2.10.2+
   * orders its error dictionary, by the SHA-256 hex digest of {@code method.name.repr(error)}.
   */
  public static String failures(ReportSummary summary) {
    Map<String, ErrorRow> byKey = new TreeMap<>();
    for (ErrorRow row : ErrorRows.of(summary.errors())) {
      byKey.put(sha256Hex(row.method() + "." + row.name() + "." + PythonStrings.repr(row.error())), row);
    }
    PythonCsv csv = new PythonCsv();
    csv.row(List.of("Method", "Name", "Error", "Occurrences"));
    for (ErrorRow row : byKey.values()) {
      csv.row(List.of(row.method(), row.name(), row.error(), Long.toString(row.occurrences())));
    }
    return csv.text();
  }

  /**
   * Returns {@code PREFIX_exceptions.csv} from Gatling's ERROR records (requests that could not be built or sent):
   * count, message without its trailing space, an empty traceback (Gatling logs none), and node {@code local}.
   */
  public static String exceptions(Map<String, Long> requestErrors) {
    PythonCsv csv = new PythonCsv();
    csv.row(List.of("Count", "Message", "Traceback", "Nodes"));
    requestErrors.forEach((message, count) -> csv.row(List.of(Long.toString(count), message.strip(), "", "local")));
    return csv.text();
  }

  /** Returns {@code PREFIX_stats_history.csv} with one Aggregated row per second. */
  public static String history(List<HistoryRow> rows, List<Double> fractions) {
    PythonCsv csv = new PythonCsv();
    List<String> header = new ArrayList<>(HISTORY_COLUMNS_BEFORE);
    for (double fraction : fractions) {
      header.add(PercentileLabels.of(fraction));
    }
    header.addAll(HISTORY_COLUMNS_AFTER);
    csv.row(header);
    for (HistoryRow row : rows) {
      List<String> fields = new ArrayList<>();
      fields.add(Long.toString(row.timestampSeconds()));
      fields.add(Long.toString(row.userCount()));
      fields.add("");
      fields.add("Aggregated");
      fields.add(PythonNumbers.fixed(row.currentRequestsPerSecond(), 6));
      fields.add(PythonNumbers.fixed(row.currentFailuresPerSecond(), 6));
      if (row.requests() == 0) {
        fractions.forEach(fraction -> fields.add("N/A"));
      } else {
        row.percentilesMillis().forEach(millis -> fields.add(Long.toString(millis)));
      }
      fields.add(Long.toString(row.requests()));
      fields.add(Long.toString(row.failures()));
      fields.add(Long.toString((long) row.medianMillis()));
      fields.add(PythonNumbers.repr(row.averageMillis()));
      fields.add(Integer.toString(row.minMillis()));
      fields.add(Integer.toString(row.maxMillis()));
      fields.add(row.requests() == 0 ? "0" : "0.0");
      csv.row(fields);
    }
    return csv.text();
  }

  private static List<String> statsRow(EndpointSummary endpoint) {
    List<String> fields = new ArrayList<>();
    fields.add(endpoint.method());
    fields.add(endpoint.name());
    fields.add(Long.toString(endpoint.requests()));
    fields.add(Long.toString(endpoint.failures()));
    fields.add(Long.toString((long) endpoint.medianMillis()));
    fields.add(PythonNumbers.repr(endpoint.averageMillis()));
    fields.add(Long.toString((long) endpoint.minMillis()));
    fields.add(Long.toString((long) endpoint.maxMillis()));
    fields.add(endpoint.requests() == 0 ? "0" : "0.0");
    fields.add(PythonNumbers.repr(endpoint.requestsPerSecond()));
    fields.add(PythonNumbers.repr(endpoint.failuresPerSecond()));
    for (PercentileValue value : endpoint.percentiles()) {
      fields.add(endpoint.requests() == 0 ? "N/A" : Long.toString(value.millis()));
    }
    return fields;
  }

  private static List<String> labels(ReportSummary summary) {
    return summary.aggregated().percentiles().stream().map(value -> PercentileLabels.of(value.fraction())).toList();
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
