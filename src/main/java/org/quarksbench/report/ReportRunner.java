package org.quarksbench.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.quarksbench.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the reports, prints them, and writes each scenario's files: what the {@code report} command and the end
 * of {@code mvn gatling:test} both run.
 */
public final class ReportRunner {
  private static final Logger log = LoggerFactory.getLogger(ReportRunner.class);
  private static final DateTimeFormatter FOLDER_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private ReportRunner() {}

  /**
   * Prints each scenario's tables to {@code out} under a line {@code === <scenario> ===}, writes its files into
   * {@link #folderName(ScenarioReport) runsRoot/<scenario>-<start>}, logs the warnings, and returns the reports.
   *
   * @throws InvalidInputException for bad input, as {@link LocustReport#build}
   * @throws java.io.UncheckedIOException if a report file cannot be written
   */
  public static List<ScenarioReport> run(List<Path> inputs, ReportOptions options, Path runsRoot, PrintStream out) {
    List<ScenarioReport> reports = LocustReport.build(inputs, options);
    for (String warning : reports.isEmpty() ? List.<String>of() : reports.get(0).warnings()) {
      log.warn(warning);
    }
    for (ScenarioReport report : reports) {
      Path folder = runsRoot.resolve(folderName(report));
      report.writeTo(folder);
      out.println("=== " + report.scenario() + " ===");
      out.print(report.consoleText());
      out.flush();
      log.info("Wrote the '{}' report to {}", report.scenario(), folder);
    }
    return reports;
  }

  /**
   * Returns {@code <scenario>-<yyyyMMdd-HHmmss>} with the scenario's start in UTC; characters other than letters,
   * digits, {@code .}, {@code _} and {@code -} in the scenario name become {@code -}.
   */
  public static String folderName(ScenarioReport report) {
    String scenario = report.scenario().replaceAll("[^A-Za-z0-9._-]", "-");
    return scenario + "-" + FOLDER_TIME.format(Instant.ofEpochMilli(report.summary().startEpochMillis()));
  }
}
