package org.quarksbench.compare.output;

import java.io.PrintWriter;
import java.util.List;
import org.quarksbench.compare.ComparisonReport;
import org.quarksbench.compare.gate.EndpointComparison;
import org.quarksbench.compare.gate.Presence;
import org.quarksbench.compare.gate.ScenarioComparison;

/**
 * Writes a comparison as one self-contained HTML page: per endpoint, the percentile curves of baseline and
 * candidate overlaid in inline SVG, and the metric table. No scripts, fonts or other files are loaded.
 */
public final class HtmlReportWriter {
  private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222}"
      + "table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px}"
      + "td.n{text-align:right;font-variant-numeric:tabular-nums}tr.regression td{background:#fdd}"
      + "tr.improved td{background:#dfd}.note{background:#ffd;padding:4px 8px}.fail{color:#b00}.ok{color:#070}"
      + ".legend span{display:inline-block;width:24px;height:3px;margin:0 6px 3px 12px;vertical-align:middle}";

  private HtmlReportWriter() {}

  public static void write(ComparisonReport report, PrintWriter out) {
    List<String> failures = report.failures();
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>quarks-bench compare</title>");
    out.println("<style>" + STYLE + "</style></head><body>");
    out.println("<h1>quarks-bench compare: " + (failures.isEmpty()
        ? "<span class=\"ok\">no regression</span>" : "<span class=\"fail\">REGRESSION</span>") + "</h1>");
    out.println("<p>baseline: <code>" + Html.escape(report.baselineSource()) + "</code> ("
        + report.baselineFormat() + ")<br>candidate: <code>" + Html.escape(report.candidateSource()) + "</code> ("
        + report.candidateFormat() + ")</p>");
    out.println("<p class=\"legend\"><span style=\"background:" + PercentileChart.BASELINE_COLOR
        + "\"></span>baseline (dashed)<span style=\"background:" + PercentileChart.CANDIDATE_COLOR
        + "\"></span>candidate</p>");
    for (String warning : report.warnings()) {
      out.println("<p class=\"note\">warning: " + Html.escape(warning) + "</p>");
    }
    if (!failures.isEmpty()) {
      out.println("<ul class=\"fail\">");
      failures.forEach(f -> out.println("<li>" + Html.escape(f) + "</li>"));
      out.println("</ul>");
    }
    for (ScenarioComparison scenario : report.scenarios()) {
      writeScenario(out, scenario);
    }
    out.println("</body></html>");
    out.flush();
  }

  private static void writeScenario(PrintWriter out, ScenarioComparison scenario) {
    out.println("<h2>Scenario " + Html.escape(scenario.title()) + "</h2>");
    out.println("<p><em>" + Html.escape(TextReportWriter.precisionText(scenario)) + "</em></p>");
    for (String note : scenario.notes()) {
      out.println("<p class=\"note\">" + Html.escape(note) + "</p>");
    }
    for (EndpointComparison endpoint : ComparisonRows.endpointsWithAggregated(scenario)) {
      out.println("<h3>" + Html.escape(ComparisonRows.heading(endpoint, scenario)) + "</h3>");
      if (endpoint.presence() != Presence.BOTH) {
        continue;
      }
      String chart = PercentileChart.svg(endpoint.label(), endpoint.baseline(), endpoint.candidate());
      out.println(chart.isEmpty() ? "<p>No percentiles in either report.</p>" : chart);
      out.println("<table><tr>");
      ComparisonRows.HEADER.forEach(h -> out.print("<th>" + Html.escape(h) + "</th>"));
      out.println("</tr>");
      for (List<String> cells : ComparisonRows.metricRows(endpoint, scenario)) {
        String verdict = cells.get(cells.size() - 1);
        String rowClass = verdict.equals("REGRESSION") ? " class=\"regression\""
            : verdict.equals("improved") ? " class=\"improved\"" : "";
        out.print("<tr" + rowClass + ">");
        for (int c = 0; c < cells.size(); c++) {
          boolean numeric = c > 0 && c < cells.size() - 1;
          out.print((numeric ? "<td class=\"n\">" : "<td>") + Html.escape(cells.get(c)) + "</td>");
        }
        out.println("</tr>");
      }
      out.println("</table>");
    }
  }
}
