package org.quarksbench.compare.input;

import java.nio.file.Path;
import java.util.List;
import org.quarksbench.compare.gate.Precision;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Everything read from one {@code compare} input.
 *
 * @param source the file that was read (inside a folder input, the file chosen)
 * @param format the kind of input
 * @param precision how precisely the input states its values
 * @param scenarios one summary per scenario table, at least one
 * @param warnings things the reader noticed that may weaken the comparison, for the user to read
 */
public record LoadedReport(
    Path source, InputFormat format, Precision precision, List<ReportSummary> scenarios, List<String> warnings) {
  public LoadedReport {
    scenarios = List.copyOf(scenarios);
    warnings = List.copyOf(warnings);
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("a loaded report needs at least one scenario: " + source);
    }
  }
}
