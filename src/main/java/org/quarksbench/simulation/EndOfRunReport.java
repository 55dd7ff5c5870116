package org.quarksbench.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.quarksbench.InvalidInputException;
import org.quarksbench.report.ReportOptions;
import org.quarksbench.report.ReportRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Locust report printed at the end of {@code mvn gatling:test}: the same code as
 * {@code bin/quarks-bench report <run folder>}, so both print the same tables and write the same files.
 */
final class EndOfRunReport {
  /** Read by the report to word HTTP errors with full URLs, as Locust does. */
  static final String TARGETS_FILE = "quarks-bench-targets.properties";

  private static final Logger log = LoggerFactory.getLogger(EndOfRunReport.class);

  private final Path runFolder;
  private final ReportOptions options;
  private final Path runsRoot;

  EndOfRunReport(Path runFolder, ReportOptions options, Path runsRoot) {
    this.runFolder = runFolder;
    this.options = options;
    this.runsRoot = runsRoot;
  }

  /** Writes {@code <scenario>=<base URL>} lines into the run folder, for later {@code report} commands. */
  void writeTargets(Map<String, String> targetUrls) {
    Path file = runFolder.resolve(TARGETS_FILE);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
      writer.write("# Base URL of each scenario's target, written by quarks-bench at the end of the run.\n");
      for (Map.Entry<String, String> target : targetUrls.entrySet()) {
        writer.write(target.getKey() + "=" + target.getValue().replace(":", "\\:") + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /** Prints the tables to stdout and writes the report files; logs instead of throwing, as it runs at JVM exit. */
  void print() {
    System.out.println();
    System.out.println("Locust report of " + runFolder.resolve("simulation.log"));
    System.out.println();
    try {
      ReportRunner.run(List.of(runFolder), options, runsRoot, System.out);
      System.out.println("Report files: " + runsRoot);
    } catch (InvalidInputException | UncheckedIOException e) {
      System.out.println("No Locust report: " + e.getMessage());
    } catch (RuntimeException e) {
      log.error("The Locust report of {} failed", runFolder, e);
    }
    System.out.flush();
  }
}
