package org.quarksbench.bench.doc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quarksbench.bench.results.RunMeasurement;

/**
 * Section 4: the report pipeline. Its figures come from the report code's own benchmark,
 * {@code org.quarksbench.report.bench.ReportBenchmark}, whose standard output this section shows as it is.
 */
final class ReportSection implements DocSection {
  @Override
  public String id() {
    return "report";
  }

  @Override
  public String render(SuiteResults results) {
    List<RunMeasurement> all = results.of(id());
    StringBuilder text = new StringBuilder("## 4. Report pipeline\n\n");
    RunMeasurement run = all.isEmpty() ? null : all.get(0);
    if (run == null || run.record().skipped()) {
      text.append("TODO: records/s and peak heap of simulation.log → Locust tables on a 10-million-request log")
          .append(" come from the report code's own benchmark, `org.quarksbench.report.bench.ReportBenchmark`.")
          .append(" `bin/benchmarks` runs it and shows its output here once the build contains it, which the")
          .append(" latest run's did not. The `## Report pipeline` section of this file, if present, has its")
          .append(" figures measured by hand.\n");
      return text.toString();
    }
    text.append(results.provenance()).append("\n\n");
    if (!run.succeeded()) {
      text.append("The report benchmark failed: ").append(run.failure()).append("\n\n");
    } else {
      text.append("Output of the benchmark:\n\n```text\n").append(readOutput(run.record().directory()).strip())
          .append("\n```\n\n");
      text.append("Whole command: ").append(Figures.number(run.elapsedSeconds(), 1)).append(" s wall, ")
          .append(Figures.number(run.cpuSeconds(), 1)).append(" CPU s, peak RSS ")
          .append(Figures.number(run.peakResidentMegabytes(), 0)).append(" MB.\n\n");
    }
    text.append(Figures.commands(all));
    return text.toString();
  }

  private static String readOutput(Path directory) {
    try {
      return Files.readString(directory.resolve("stdout.txt"));
    } catch (IOException e) {
      return "(its output could not be read: " + e.getMessage() + ")";
    }
  }
}
