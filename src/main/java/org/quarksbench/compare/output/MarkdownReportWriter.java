package org.quarksbench.compare.output;

import java.io.PrintWriter;
import java.util.List;
import org.quarksbench.compare.ComparisonReport;
import org.quarksbench.compare.gate.EndpointComparison;
import org.quarksbench.compare.gate.ScenarioComparison;

/** Writes a comparison as GitHub-flavoured Markdown, for a CI job summary or a pull-request comment. */
public final class MarkdownReportWriter {
  private MarkdownReportWriter() {}

  public static void write(ComparisonReport report, PrintWriter out) {
    List<String> failures = report.failures();
    out.println("## quarks-bench compare: " + (failures.isEmpty() ? "no regression" : "REGRESSION"));
    out.println();
    out.println("- baseline: `" + code(report.baselineSource()) + "` (" + report.baselineFormat() + ")");
    out.println("- candidate: `" + code(report.candidateSource()) + "` (" + report.candidateFormat() + ")");
    for (String warning : report.warnings()) {
      out.println("- warning: " + text(warning));
    }
    if (!failures.isEmpty()) {
      out.println();
      out.println("**" + failures.size() + " check(s) beyond threshold:**");
      out.println();
      failures.forEach(f -> out.println("- " + text(f)));
    }
    for (ScenarioComparison scenario : report.scenarios()) {
      out.println();
      out.println("### Scenario " + text(scenario.title()));
      out.println();
      out.println("_" + TextReportWriter.precisionText(scenario) + "_");
      for (String note : scenario.notes()) {
        out.println();
        out.println("> " + text(note));
      }
      for (EndpointComparison endpoint : ComparisonRows.endpointsWithAggregated(scenario)) {
        out.println();
        out.println("#### " + text(ComparisonRows.heading(endpoint, scenario)));
        List<List<String>> rows = ComparisonRows.metricRows(endpoint, scenario);
        if (rows.isEmpty()) {
          continue;
        }
        out.println();
        out.println(row(ComparisonRows.HEADER));
        out.println("|---|---:|---:|---:|---:|---|");
        for (List<String> cells : rows) {
          out.println(row(cells));
        }
      }
    }
    out.flush();
  }

  private static String row(List<String> cells) {
    StringBuilder line = new StringBuilder("|");
    for (String cell : cells) {
      String cellText = cell.equals("REGRESSION") ? "**REGRESSION**" : text(cell);
      line.append(' ').append(cellText).append(" |");
    }
    return line.toString();
  }

  /** Escapes the characters that Markdown would read as table cells, emphasis or HTML. */
  private static String text(String value) {
    StringBuilder escaped = new StringBuilder();
    for (char c : value.toCharArray()) {
      if ("|*_`<>[]\\#".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  private static String code(String value) {
    return value.replace("`", "'");
  }
}
