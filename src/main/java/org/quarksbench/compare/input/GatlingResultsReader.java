package org.quarksbench.compare.input;

import java.nio.file.Path;
import java.util.List;
import org.quarksbench.compare.gate.Precision;
import org.quarksbench.report.LocustReport;
import org.quarksbench.report.ReportOptions;
import org.quarksbench.report.ScenarioReport;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Reads a Gatling results folder or {@code simulation.log} with the statistics of {@code quarks-bench report}.
 *
 * <p>The report's default options apply, so percentiles are Locust's rounded buckets and compare like for
 * like with Locust inputs. Values are exact otherwise ({@link Precision#EXACT}). Every scenario of the run
 * becomes one summary. A log cut by a killed run is read up to its last complete record, with a warning.
 */
final class GatlingResultsReader {
  private GatlingResultsReader() {}

  static LoadedReport read(Path input) {
    List<ScenarioReport> reports = LocustReport.build(List.of(input), ReportOptions.defaults());
    List<ReportSummary> summaries = reports.stream().map(ScenarioReport::summary).toList();
    List<String> warnings = reports.isEmpty() ? List.of() : reports.get(0).warnings();
    Path source = input.getFileName() != null && input.getFileName().toString().equals("simulation.log")
        ? input
        : input.resolve("simulation.log");
    return new LoadedReport(source, InputFormat.GATLING, Precision.EXACT, summaries, warnings);
  }
}
