package org.quarksbench.report.format;

import java.util.ArrayList;
import java.util.List;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Locust's main table ("request stats") with total rates, as printed at the end of a run.
 *
 * <p>Widths follow Locust's format strings. Locust 2.8: {@code " %-Ws %7s %12s  | %7s %7s %7s %7s  | %7s %7s"}
 * with the Name cell {@code "GET /path"}. Locust 2.9+: {@code "%-8s %-(W-4)s %7s %12s |%7s %7s %7s%7s | %7s %11s"}
 * with the Type cell {@code "GET "}. Times are truncated toward zero and rates printed with 2 decimals, half-even.
 */
public final class RequestStatsTable {
  private static final int TYPE_WIDTH = 8;

  private RequestStatsTable() {}

  /** Returns the table's lines, without line terminators and without the empty line Locust prints after it. */
  public static List<String> lines(ReportSummary summary, Layout layout, int nameWidth) {
    List<String> lines = new ArrayList<>();
    String separator = separator(layout, nameWidth);
    lines.add(header(layout, nameWidth));
    lines.add(separator);
    for (EndpointSummary endpoint : summary.endpoints()) {
      lines.add(row(endpoint, false, layout, nameWidth));
    }
    lines.add(separator);
    lines.add(row(summary.aggregated(), true, layout, nameWidth));
    return lines;
  }

  private static String header(Layout layout, int nameWidth) {
    if (layout == Layout.LOCUST_2_8) {
      return " " + Text.padLeft("Name", nameWidth) + " " + Text.padRight("# reqs", 7) + " " + Text.padRight("# fails", 12)
          + "  | " + Text.padRight("Avg", 7) + " " + Text.padRight("Min", 7) + " " + Text.padRight("Max", 7) + " "
          + Text.padRight("Median", 7) + "  | " + Text.padRight("req/s", 7) + " " + Text.padRight("failures/s", 7);
    }
    return Text.padLeft("Type", TYPE_WIDTH) + " " + Text.padLeft("Name", nameWidth - 4) + " " + Text.padRight("# reqs", 7)
        + " " + Text.padRight("# fails", 12) + " |" + Text.padRight("Avg", 7) + " " + Text.padRight("Min", 7) + " "
        + Text.padRight("Max", 7) + Text.padRight("Med", 7) + " | " + Text.padRight("req/s", 7) + " "
        + Text.padRight("failures/s", 11);
  }

  private static String separator(Layout layout, int nameWidth) {
    if (layout == Layout.LOCUST_2_8) {
      return Text.dashes(nameWidth + 80);
    }
    return String.join("|", Text.dashes(TYPE_WIDTH), Text.dashes(nameWidth - 4), Text.dashes(7), Text.dashes(13),
        Text.dashes(7), Text.dashes(7), Text.dashes(7), Text.dashes(7), Text.dashes(8), Text.dashes(11));
  }

  private static String row(EndpointSummary endpoint, boolean aggregated, Layout layout, int nameWidth) {
    String requests = Long.toString(endpoint.requests());
    String failures = endpoint.failures() + "(" + PythonNumbers.fixed(failurePercent(endpoint), 2) + "%)";
    String average = truncated(endpoint.averageMillis());
    String min = truncated(endpoint.minMillis());
    String max = truncated(endpoint.maxMillis());
    String median = truncated(endpoint.medianMillis());
    String requestsPerSecond = PythonNumbers.fixed(endpoint.requestsPerSecond(), 2);
    String failuresPerSecond = PythonNumbers.fixed(endpoint.failuresPerSecond(), 2);
    if (layout == Layout.LOCUST_2_8) {
      String name = aggregated || endpoint.method().isEmpty() ? endpoint.name() : endpoint.method() + " " + endpoint.name();
      return " " + Text.padLeft(name, nameWidth) + " " + Text.padRight(requests, 7) + " " + Text.padRight(failures, 12)
          + "  | " + Text.padRight(average, 7) + " " + Text.padRight(min, 7) + " " + Text.padRight(max, 7) + " "
          + Text.padRight(median, 7) + "  | " + Text.padRight(requestsPerSecond, 7) + " "
          + Text.padRight(failuresPerSecond, 7);
    }
    String type = aggregated || endpoint.method().isEmpty() ? "" : endpoint.method() + " ";
    return Text.padLeft(type, TYPE_WIDTH) + " " + Text.padLeft(endpoint.name(), nameWidth - 4) + " "
        + Text.padRight(requests, 7) + " " + Text.padRight(failures, 12) + " |" + Text.padRight(average, 7) + " "
        + Text.padRight(min, 7) + " " + Text.padRight(max, 7) + Text.padRight(median, 7) + " | "
        + Text.padRight(requestsPerSecond, 7) + " " + Text.padRight(failuresPerSecond, 11);
  }

  /** Returns Locust's {@code fail_ratio * 100}: 100 when there are failures but no requests. */
  static double failurePercent(EndpointSummary endpoint) {
    if (endpoint.requests() == 0) {
      return endpoint.failures() > 0 ? 100.0 : 0.0;
    }
    return (double) endpoint.failures() / endpoint.requests() * 100;
  }

  private static String truncated(double millis) {
    return Long.toString((long) millis);
  }
}
