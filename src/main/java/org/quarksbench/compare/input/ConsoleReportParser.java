package org.quarksbench.compare.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quarksbench.InvalidInputException;
import org.quarksbench.compare.gate.Precision;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Reads the final summaries of a Locust console capture, or of quarks-bench's {@code report.txt} and
 * console output.
 *
 * <p>Layouts read: Locust 1.0-1.1 (era A), 1.2-2.8 (era B, the default layout of quarks-bench, one Name
 * column such as {@code GET /readMessage}) and 2.9+ (era C, separate Type and Name columns and {@code Med}).
 * Locust prints a request table every 2 s while running and the final summary last, so the last request
 * table is the one read, with the percentile table and error report that follow it. Log lines and prose
 * around the tables are skipped. Output of quarks-bench with several scenarios, each under a line
 * {@code === <scenario> ===}, gives one summary per scenario.
 *
 * <p>Console values are whole milliseconds and two-decimal rates, so the result has
 * {@link Precision#CONSOLE}. The duration is estimated as Aggregated requests divided by its req/s, and the
 * start time is unknown (0).
 */
public final class ConsoleReportParser {
  private ConsoleReportParser() {}

  /**
   * Parses {@code file}.
   *
   * @param defaultScenario the name of a summary that no {@code ===} line names, such as a Locust capture's
   */
  public static LoadedReport parse(Path file, String defaultScenario) {
    List<ConsoleCapture.Section> sections = ConsoleCapture.read(file);
    List<ReportSummary> summaries = new ArrayList<>();
    List<String> warnings = new ArrayList<>();

    for (ConsoleCapture.Section section : sections) {
      if (section.lines().isEmpty()) {
        if (section.scenario() != null) {
          throw new InvalidInputException("scenario '" + section.scenario() + "' in " + file + " (line "
              + section.startLineNumber() + ") has no request table after its '=== " + section.scenario()
              + " ===' line. The output is cut; pass a complete report.");
        }
        continue;
      }
      String scenario = section.scenario() != null ? section.scenario() : defaultScenario;
      ConsoleSummaryParser parser = new ConsoleSummaryParser(file, section.firstLineNumber(), section.lines());
      summaries.add(parser.parse(scenario));
      warnings.addAll(parser.warnings());
    }

    if (summaries.isEmpty()) {
      throw new InvalidInputException("no Locust request table found in " + file + ": expected a header line"
          + " starting with 'Type     Name' (Locust 2.9+) or ' Name' (Locust 1.x-2.8) and containing '# reqs'"
          + " and '# fails'. Pass a Locust console capture, a quarks-bench report.txt, or set --format.");
    }
    return new LoadedReport(file, InputFormat.TEXT, Precision.CONSOLE, summaries, warnings);
  }
}
