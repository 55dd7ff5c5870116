package org.quarksbench.bench.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quarksbench.bench.results.RunMeasurement;
import org.quarksbench.bench.results.Spread;

/** Section 3: throughput and p99 of the reference servers at the knee, next to nginx static. */
final class ServersSection implements DocSection {
  private static final List<String[]> TARGETS = List.of(
      new String[] {"nginx-static", "nginx, GET 512-byte static file (the limit)"},
      new String[] {"centralized-read", "centralized, POST /readMessage (channel of 100 messages)"},
      new String[] {"centralized-send", "centralized, POST /sendMessage"},
      new String[] {"quarks-send", "quarks gateway org1, POST /sendMessage"},
      new String[] {"quarks-read", "quarks gateway org1, GET /readMessage (messages of the last 10 s)"},
      new String[] {"centralized-read-nodelay",
          "centralized, POST /readMessage, server JVM with -Dsun.net.httpserver.nodelay=true (diagnosis)"});

  /** A target's throughput counts as saturated from this fraction of its best request rate on. */
  static final double KNEE_FRACTION = 0.9;

  @Override
  public String id() {
    return "servers";
  }

  @Override
  public String render(SuiteResults results) {
    List<RunMeasurement> all = results.of(id());
    StringBuilder text = new StringBuilder("## 3. Reference servers\n\n");
    text.append(results.provenance()).append("\n\n");
    text.append("wrk sweeps the number of connections against each target, one run per count. The knee is the")
        .append(" fewest connections that reach ").append((int) (KNEE_FRACTION * 100))
        .append(" % of the target's best request rate. The knee is then measured again until it has as many")
        .append(" runs as the other sections' repeats. wrk is a closed loop, so its p99 leaves out the requests")
        .append(" a slow response held back (see section 6). The servers run in one JVM started by")
        .append(" `org.quarksbench.server.ServerMain` with its default settings, and they share the cores with wrk.\n\n");

    List<TargetSweep> sweeps = new ArrayList<>();
    for (String[] target : TARGETS) {
      TargetSweep sweep = TargetSweep.of(target[0], target[1], results.of(id(), target[0]));
      if (sweep != null) {
        sweeps.add(sweep);
      }
    }
    if (sweeps.isEmpty()) {
      text.append("No run of this section succeeded.\n\n");
    } else {
      Spread nginxRate = sweeps.stream()
          .filter(sweep -> sweep.id().equals("nginx-static"))
          .map(TargetSweep::kneeRate)
          .findFirst()
          .orElse(null);
      text.append(kneeTable(sweeps, nginxRate)).append('\n');
      text.append(readGoal(sweeps, nginxRate)).append("\n\n");
      text.append("The whole sweep:\n\n").append(sweepTable(sweeps)).append('\n');
    }
    text.append(Figures.failures(all));
    text.append(Figures.commands(all));
    return text.toString();
  }

  private static String kneeTable(List<TargetSweep> sweeps, Spread nginxRate) {
    MarkdownTable table = new MarkdownTable(
        "Target", "Knee (connections)", "Requests/s at the knee", "p99 at the knee (ms)",
        "Failed requests", "Requests/s vs nginx static");
    for (TargetSweep sweep : sweeps) {
      List<RunMeasurement> kneeRuns = sweep.byConnections().get(sweep.knee());
      table.row(
          sweep.label(), Integer.toString(sweep.knee()), Figures.spread(sweep.kneeRate(), 0),
          Figures.spread(Figures.spreadOf(kneeRuns, run -> percentile(run, "p99")), 2),
          Figures.spread(Figures.spreadOf(kneeRuns, run -> run.failedRequests()), 0),
          Figures.ratio(sweep.kneeRate(), nginxRate));
    }
    return table.render();
  }

  private static String sweepTable(List<TargetSweep> sweeps) {
    MarkdownTable table = new MarkdownTable("Target", "Connections", "Runs", "Requests/s", "p50 (ms)", "p99 (ms)");
    for (TargetSweep sweep : sweeps) {
      for (Map.Entry<Integer, List<RunMeasurement>> entry : sweep.byConnections().entrySet()) {
        List<RunMeasurement> runs = entry.getValue();
        table.row(
            sweep.label(), Integer.toString(entry.getKey()), Integer.toString(runs.size()),
            Figures.spread(Figures.spreadOf(runs, RunMeasurement::requestsPerSecond), 0),
            Figures.spread(Figures.spreadOf(runs, run -> percentile(run, "p50")), 2),
            Figures.spread(Figures.spreadOf(runs, run -> percentile(run, "p99")), 2));
      }
    }
    return table.render();
  }

  private static String readGoal(List<TargetSweep> sweeps, Spread nginxRate) {
    Spread read = sweeps.stream()
        .filter(sweep -> sweep.id().equals("centralized-read"))
        .map(TargetSweep::kneeRate)
        .findFirst()
        .orElse(null);
    String goal = "Goal: centralized POST /readMessage ≥ 0.3× nginx static at the knee: ";
    if (read == null || nginxRate == null) {
      return goal + "not measured in this run.";
    }
    double ratio = read.median() / nginxRate.median();
    return goal + Figures.number(ratio, 2) + "×, " + (ratio >= 0.3 ? "met" : "missed") + ".";
  }

  /** Returns the knee request rate of one target, or null when none of its runs succeeded. */
  static Spread kneeRate(SuiteResults results, String target) {
    TargetSweep sweep = TargetSweep.of(target, target, results.of("servers", target));
    return sweep == null ? null : sweep.kneeRate();
  }

  /** The successful runs against one target, by connection count, and the knee among them. */
  record TargetSweep(String id, String label, Map<Integer, List<RunMeasurement>> byConnections, int knee) {
    static TargetSweep of(String id, String label, List<RunMeasurement> runs) {
      Map<Integer, List<RunMeasurement>> byConnections = new TreeMap<>();
      for (RunMeasurement run : runs) {
        if (run.succeeded()) {
          byConnections.computeIfAbsent((int) run.record().number("connections", 0), c -> new ArrayList<>()).add(run);
        }
      }
      return byConnections.isEmpty() ? null : new TargetSweep(id, label, byConnections, kneeConnections(byConnections));
    }

    Spread kneeRate() {
      return Figures.spreadOf(byConnections.get(knee), RunMeasurement::requestsPerSecond);
    }
  }

  /** Returns the fewest connections whose median request rate reaches KNEE_FRACTION of the best median. */
  static int kneeConnections(Map<Integer, List<RunMeasurement>> byConnections) {
    double best = 0;
    for (List<RunMeasurement> runs : byConnections.values()) {
      best = Math.max(best, Figures.spreadOf(runs, RunMeasurement::requestsPerSecond).median());
    }
    for (Map.Entry<Integer, List<RunMeasurement>> entry : byConnections.entrySet()) {
      if (Figures.spreadOf(entry.getValue(), RunMeasurement::requestsPerSecond).median() >= KNEE_FRACTION * best) {
        return entry.getKey();
      }
    }
    return byConnections.keySet().iterator().next();
  }

  private static double percentile(RunMeasurement run, String label) {
    return run.percentileMillis().getOrDefault(label, Double.NaN);
  }
}
