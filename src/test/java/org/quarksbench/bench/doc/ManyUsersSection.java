package org.quarksbench.bench.doc;

import java.util.List;
import org.quarksbench.bench.results.RunMeasurement;
import org.quarksbench.bench.results.RunRecord;

/** Section 2: memory, CPU and achieved request rate of many mostly idle users. */
final class ManyUsersSection implements DocSection {
  private static final List<String[]> TOOLS = List.of(
      new String[] {"gatling", "Gatling 3.16.0, `ManyUsersSimulation`"},
      new String[] {"locust-httpuser", "Locust 2.12.1 HttpUser, one process"},
      new String[] {"locust-fasthttpuser", "Locust 2.12.1 FastHttpUser, one process"});

  @Override
  public String id() {
    return "many-users";
  }

  @Override
  public String render(SuiteResults results) {
    List<RunMeasurement> all = results.of(id());
    StringBuilder text = new StringBuilder("## 2. Many users\n\n");
    text.append(results.provenance()).append("\n\n");
    RunRecord first = all.isEmpty() ? null : all.get(0).record();
    if (first != null) {
      text.append(Figures.number(first.number("users", 0), 0)).append(" users, started at ")
          .append(Figures.number(first.number("spawnRate", 0), 0)).append(" users/s, each looping GET of")
          .append(" nginx's static file and a uniform ").append(Figures.number(first.number("minPauseSeconds", 1), 0))
          .append("-").append(Figures.number(first.number("maxPauseSeconds", 5), 0)).append(" s wait, for ")
          .append(Figures.number(first.number("runSeconds", 0), 0)).append(" s from the first user's start.")
          .append(" The expected request count is a renewal-theory estimate: each user sends its first request")
          .append(" at its start, then one per mean cycle (the mean wait; nginx's response time is negligible).")
          .append(" A generator that cannot keep up sends fewer requests than that, because its users wait")
          .append(" for CPU.\n\n");
    }
    MarkdownTable table = new MarkdownTable(
        "Tool", "Requests", "Expected requests", "Achieved / expected", "Requests/s",
        "Expected requests/s with all users running", "Peak RSS (MB)", "CPU s", "Mean CPU (% of one core)",
        "Failed requests");
    for (String[] tool : TOOLS) {
      List<RunMeasurement> runs = results.of(id(), tool[0]);
      if (runs.stream().noneMatch(RunMeasurement::succeeded)) {
        continue;
      }
      table.row(
          tool[1],
          Figures.spread(Figures.spreadOf(runs, run -> run.requests()), 0),
          Figures.number(expectedRequests(runs.get(0).record()), 0),
          Figures.spread(Figures.spreadOf(runs, run -> run.requests() / expectedRequests(run.record())), 2),
          Figures.spread(Figures.spreadOf(runs, RunMeasurement::requestsPerSecond), 0),
          Figures.number(runs.get(0).record().number("users", 0) / meanCycleSeconds(runs.get(0).record()), 0),
          Figures.spread(Figures.spreadOf(runs, RunMeasurement::peakResidentMegabytes), 0),
          Figures.spread(Figures.spreadOf(runs, RunMeasurement::cpuSeconds), 1),
          Figures.spread(Figures.spreadOf(runs, run -> 100 * run.cpuSeconds() / run.elapsedSeconds()), 0),
          Figures.spread(Figures.spreadOf(runs, run -> run.failedRequests()), 0));
    }
    text.append(table.isEmpty() ? "No run of this section succeeded.\n" : table.render()).append('\n');
    text.append(Figures.failures(all));
    text.append(Figures.commands(all));
    return text.toString();
  }

  static double meanCycleSeconds(RunRecord record) {
    return (record.number("minPauseSeconds", 1) + record.number("maxPauseSeconds", 5)) / 2;
  }

  /**
   * Returns the expected number of requests: for each user, started at {@code index / spawnRate} and
   * active for {@code t} seconds, 1 + m(t) requests, where m(t) = t/μ + (σ² − μ²)/(2μ²) is the renewal
   * function's asymptote for cycle times with mean μ and variance σ² (uniform waits).
   */
  static double expectedRequests(RunRecord record) {
    int users = (int) record.number("users", 0);
    double spawnRate = record.number("spawnRate", 1);
    double runSeconds = record.number("runSeconds", 0);
    double min = record.number("minPauseSeconds", 1);
    double max = record.number("maxPauseSeconds", 5);
    double mean = (min + max) / 2;
    double variance = (max - min) * (max - min) / 12;
    double offset = (variance - mean * mean) / (2 * mean * mean);
    double total = 0;
    for (int index = 0; index < users; index++) {
      double activeSeconds = runSeconds - index / spawnRate;
      if (activeSeconds > 0) {
        total += 1 + Math.max(0, activeSeconds / mean + offset);
      }
    }
    return total;
  }
}
