package org.quarksbench.bench.doc;

import java.util.List;
import org.quarksbench.bench.results.RunMeasurement;
import org.quarksbench.bench.results.Spread;

/** Section 5: the wall time that {@code mvn gatling:test} adds to a simulation's configured run time. */
final class OverheadSection implements DocSection {
  @Override
  public String id() {
    return "overhead";
  }

  @Override
  public String render(SuiteResults results) {
    List<RunMeasurement> all = results.of(id());
    StringBuilder text = new StringBuilder("## 5. Overhead of the main command\n\n");
    text.append(results.provenance()).append("\n\n");
    text.append("`OpenRateSimulation` at 50 requests/s against nginx, launched by `mvn gatling:test` (warm")
        .append(" Maven cache, simulation class set explicitly so the plugin skips its classpath scan, console")
        .append(" quietened by `src/test/resources/logback-test.xml` and `gatling.data.writers = [file]`) and")
        .append(" directly with `java` and the same JVM options. Overhead is the wall time minus the configured")
        .append(" run time. Both include the JVM start, Gatling's start and the HTML report. Maven adds its own")
        .append(" start, the lifecycle up to `test-compile` (nothing to recompile) and the fork.\n\n");
    MarkdownTable table = new MarkdownTable(
        "Launch", "Configured run time (s)", "Wall time (s)", "Overhead (s)", "CPU s", "Peak RSS (MB)");
    Spread mavenOverhead = addRow(table, "`mvn gatling:test`", results.of(id(), "mvn-gatling-test"));
    Spread javaOverhead = addRow(table, "`java io.gatling.app.Gatling`", results.of(id(), "java-gatling"));
    text.append(table.isEmpty() ? "No run of this section succeeded.\n" : table.render()).append('\n');
    if (mavenOverhead != null && javaOverhead != null) {
      text.append("Maven adds ").append(Figures.number(mavenOverhead.median() - javaOverhead.median(), 1))
          .append(" s (medians) to a direct launch.\n\n");
    }
    text.append(Figures.failures(all));
    text.append(Figures.commands(all));
    return text.toString();
  }

  private static Spread addRow(MarkdownTable table, String label, List<RunMeasurement> runs) {
    Spread overhead = Figures.spreadOf(runs, run -> run.elapsedSeconds() - run.record().number("runSeconds", 0));
    if (overhead == null) {
      return null;
    }
    table.row(
        label,
        Figures.number(runs.get(0).record().number("runSeconds", 0), 0),
        Figures.spread(Figures.spreadOf(runs, RunMeasurement::elapsedSeconds), 1),
        Figures.spread(overhead, 1),
        Figures.spread(Figures.spreadOf(runs, RunMeasurement::cpuSeconds), 1),
        Figures.spread(Figures.spreadOf(runs, RunMeasurement::peakResidentMegabytes), 0));
    return overhead;
  }
}
