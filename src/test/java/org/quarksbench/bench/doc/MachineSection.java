package org.quarksbench.bench.doc;

import java.util.List;

/** The machine, tool versions and background load of the latest suite run. */
final class MachineSection implements DocSection {
  private static final List<String[]> FACTS = List.of(
      new String[] {"date", "Date"},
      new String[] {"mode", "Mode"},
      new String[] {"repeats", "Repeats"},
      new String[] {"many_users_repeats", "Repeats of the many-users section"},
      new String[] {"nproc", "Cores (nproc)"},
      new String[] {"cpu_model", "CPU"},
      new String[] {"memory", "Memory"},
      new String[] {"kernel", "Kernel"},
      new String[] {"java", "Java"},
      new String[] {"java_runtime", "Java runtime"},
      new String[] {"maven", "Maven"},
      new String[] {"wrk", "wrk"},
      new String[] {"nginx", "nginx"},
      new String[] {"locust", "Locust (`locust -V`)"},
      new String[] {"python", "Python"},
      new String[] {"git_commit", "Commit"},
      new String[] {"suite_seconds", "Suite wall time (s)"},
      new String[] {"load_average_start", "Load average at start (1, 5, 15 min)"},
      new String[] {"load_average_end", "Load average at end (1, 5, 15 min)"});

  @Override
  public String id() {
    return "machine";
  }

  @Override
  public String render(SuiteResults results) {
    StringBuilder text = new StringBuilder("## Machine of the latest run\n\n");
    MarkdownTable table = new MarkdownTable("Fact", "Value");
    for (String[] fact : FACTS) {
      table.row(fact[1], results.machineFact(fact[0]));
    }
    text.append(table.render()).append('\n');
    var loads = Figures.spreadOf(
        results.measurements().stream().filter(run -> !run.record().skipped()).toList(),
        run -> run.record().number("loadAverage", Double.NaN));
    text.append("The machine is shared: other builds and tests ran while the suite ran, so absolute figures")
        .append(" move between runs and only ratios from the same repeat hold.");
    if (loads != null) {
      text.append(" The 1-minute load average just before each run had a median of ")
          .append(Figures.number(loads.median(), 2)).append(" and ranged from ").append(Figures.number(loads.min(), 2))
          .append(" to ").append(Figures.number(loads.max(), 2)).append(" on ").append(results.machineFact("nproc"))
          .append(" cores.");
    }
    text.append(" Raw outputs of this run: `").append(results.directory().getFileName()).append("` under")
        .append(" `target/benchmarks/` (not committed).\n");
    return text.toString();
  }
}
