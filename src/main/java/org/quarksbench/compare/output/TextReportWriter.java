package org.quarksbench.compare.output;

import java.io.PrintWriter;
import java.util.List;
import org.quarksbench.compare.ComparisonReport;
import org.quarksbench.compare.gate.EndpointComparison;
import org.quarksbench.compare.gate.ScenarioComparison;

/** Writes a comparison as plain text for the console: one aligned metric table per endpoint. */
public final class TextReportWriter {
  private static final int COLUMN_GAP = 2;

  private TextReportWriter() {}

  public static void write(ComparisonReport report, PrintWriter out) {
    out.println("baseline:  " + report.baselineSource() + " (" + report.baselineFormat() + ")");
    out.println("candidate: " + report.candidateSource() + " (" + report.candidateFormat() + ")");
    for (String warning : report.warnings()) {
      out.println("warning: " + warning);
    }
    for (ScenarioComparison scenario : report.scenarios()) {
      out.println();
      out.println("Scenario " + scenario.title() + " (" + precisionText(scenario) + ")");
      for (String note : scenario.notes()) {
        out.println("note: " + note);
      }
      for (EndpointComparison endpoint : ComparisonRows.endpointsWithAggregated(scenario)) {
        out.println();
        out.println(ComparisonRows.heading(endpoint, scenario));
        List<List<String>> rows = ComparisonRows.metricRows(endpoint, scenario);
        if (!rows.isEmpty()) {
          printTable(out, rows);
        }
      }
    }
    out.println();
    List<String> failures = report.failures();
    if (failures.isEmpty()) {
      out.println("Result: no regression; every checked metric is within its threshold.");
    } else {
      out.println("Result: REGRESSION, " + failures.size() + " check(s) beyond threshold:");
      failures.forEach(f -> out.println("  " + f));
    }
    out.flush();
  }

  /** Describes the precision of a scenario's values for a reader of the tables. */
  static String precisionText(ScenarioComparison scenario) {
    return switch (scenario.precision()) {
      case CONSOLE -> "values compared as Locust's console prints them: whole ms, two decimals";
      case EXACT -> "exact values";
    };
  }

  private static void printTable(PrintWriter out, List<List<String>> rows) {
    int columns = ComparisonRows.HEADER.size();
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = ComparisonRows.HEADER.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    out.println(line(ComparisonRows.HEADER, widths));
    for (List<String> row : rows) {
      out.println(line(row, widths));
    }
  }

  /** Left-aligns the metric name and the verdict, right-aligns the numbers. */
  private static String line(List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder("  ");
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      boolean leftAligned = c == 0 || c == cells.size() - 1;
      String padding = " ".repeat(widths[c] - cell.length());
      text.append(leftAligned ? cell + padding : padding + cell);
      if (c < cells.size() - 1) {
        text.append(" ".repeat(COLUMN_GAP));
      }
    }
    return text.toString().stripTrailing();
  }
}
