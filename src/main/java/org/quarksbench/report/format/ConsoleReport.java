package org.quarksbench.report.format;

import java.util.ArrayList;
import java.util.List;
import org.quarksbench.report.summary.ReportSummary;

/**
 * The text Locust prints at the end of a run: request stats, an empty line, percentiles, an empty line, and the
 * error report when something failed.
 */
public final class ConsoleReport {
  private ConsoleReport() {}

  /** Returns the report with a {@code \n} after every line. */
  public static String render(ReportSummary summary, Layout layout, int nameWidth, String percentileTitle) {
    List<String> lines = new ArrayList<>(RequestStatsTable.lines(summary, layout, nameWidth));
    lines.add("");
    lines.addAll(PercentileTable.lines(summary, layout, nameWidth, percentileTitle));
    lines.add("");
    lines.addAll(ErrorReportTable.lines(ErrorRows.of(summary.errors()), layout, nameWidth));
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return text.toString();
  }
}
