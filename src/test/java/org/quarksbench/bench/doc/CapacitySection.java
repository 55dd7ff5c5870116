package org.quarksbench.bench.doc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quarksbench.bench.results.RunMeasurement;
import org.quarksbench.bench.results.Spread;

/** Section 1: how many requests per second each load generator can send to nginx, and at what CPU cost. */
final class CapacitySection implements DocSection {
  private static final List<String[]> GENERATORS = List.of(
      new String[] {"wrk", "wrk 4.1 (C, event loop; the near-limit reference)"},
      new String[] {"gatling-closed", "Gatling 3.16.0, `ClosedNoWaitSimulation`"},
      new String[] {"gatling-closed-parallelgc", "Gatling 3.16.0, `ClosedNoWaitSimulation`, `-XX:+UseParallelGC`"},
      new String[] {"locust-httpuser", "Locust 2.12.1 HttpUser, one process"},
      new String[] {"locust-fasthttpuser", "Locust 2.12.1 FastHttpUser, one process"},
      new String[] {"locust-httpuser-workers", "Locust 2.12.1 HttpUser, one worker per core"},
      new String[] {"locust-fasthttpuser-workers", "Locust 2.12.1 FastHttpUser, one worker per core"});

  @Override
  public String id() {
    return "capacity";
  }

  @Override
  public String render(SuiteResults results) {
    List<RunMeasurement> all = results.of(id());
    StringBuilder text = new StringBuilder("## 1. Load generator capacity\n\n");
    text.append(results.provenance()).append("\n\n");
    text.append("Each generator sends GET requests for a 512-byte static file to nginx (one worker process) on")
        .append(" 127.0.0.1 over ").append(parameter(all, "connections")).append(" keep-alive connections (wrk)")
        .append(" or users with no wait (Gatling, Locust) for ").append(parameter(all, "runSeconds"))
        .append(" s. Generator and nginx share the machine's cores. Figures are median (min–max) over the")
        .append(" repeats, and the generators alternate within each repeat. CPU is user plus system time of the")
        .append(" generator's processes from `/usr/bin/time -v`. For Gatling, the load-phase column leaves out")
        .append(" the JVM start and the HTML report, which the whole-process column includes.\n\n");

    Spread wrkRate = rate(results, "wrk");
    Spread gatlingRate = rate(results, "gatling-closed");
    MarkdownTable table = new MarkdownTable(
        "Generator", "Requests/s", "CPU s per 1,000 requests (whole process)",
        "CPU s per 1,000 requests (load phase)", "Peak RSS (MB)", "Failed requests", "Requests/s vs wrk",
        "Gatling's requests/s vs this");
    for (String[] generator : GENERATORS) {
      List<RunMeasurement> runs = results.of(id(), generator[0]);
      if (runs.isEmpty() || runs.stream().noneMatch(RunMeasurement::succeeded)) {
        continue;
      }
      Spread requestRate = rate(results, generator[0]);
      table.row(
          generator[1],
          Figures.spread(requestRate, 0),
          Figures.spread(Figures.spreadOf(runs, RunMeasurement::cpuSecondsPerThousandRequests), 3),
          generator[0].startsWith("gatling")
              ? Figures.spread(Figures.spreadOf(runs, CapacitySection::loadPhaseCpuPerThousand), 3)
              : "same",
          Figures.spread(Figures.spreadOf(runs, RunMeasurement::peakResidentMegabytes), 0),
          Figures.spread(Figures.spreadOf(runs, run -> run.failedRequests()), 0),
          Figures.ratio(requestRate, wrkRate),
          Figures.ratio(gatlingRate, requestRate));
    }
    text.append(table.render()).append('\n');

    text.append("Goals (medians):\n\n");
    text.append("- Gatling ≥ 0.5× wrk: ").append(verdict(gatlingRate, wrkRate, 0.5)).append('\n');
    text.append("- Gatling ≥ 10× Locust HttpUser (one process): ")
        .append(verdict(gatlingRate, rate(results, "locust-httpuser"), 10)).append("\n\n");
    text.append(profile(results));
    text.append(Figures.failures(all));
    text.append(Figures.commands(all));
    return text.toString();
  }

  /** Renders where the profiled Gatling run spent its Java CPU time, or "" when there is no recording. */
  private static String profile(SuiteResults results) {
    List<RunMeasurement> profiled = results.of("capacity", "gatling-closed-profile");
    if (profiled.isEmpty() || !profiled.get(0).succeeded()) {
      return "";
    }
    RunMeasurement run = profiled.get(0);
    Path recording = run.record().directory().resolve("profile.jfr");
    if (!Files.isRegularFile(recording)) {
      return "";
    }
    try {
      JfrProfile profile = JfrProfile.read(recording);
      return "Where Gatling's CPU goes: one more `ClosedNoWaitSimulation` run (not in the table above) under"
          + " Java Flight Recorder (`-XX:StartFlightRecording=settings=profile`), "
          + Figures.number(run.requestsPerSecond(), 0) + " requests/s. The recording covers the whole JVM,"
          + " start and report included. It has " + profile.samples() + " execution samples of threads running"
          + " Java code, divided below by the method on top of the stack, and " + profile.nativeSamples()
          + " samples of threads in native code (socket I/O and epoll waits, not divided):\n\n"
          + profile.render(12) + "\n";
    } catch (IOException e) {
      return "The profile recording could not be read: " + e.getMessage() + "\n\n";
    }
  }

  static Spread rate(SuiteResults results, String caseName) {
    return Figures.spreadOf(results.of("capacity", caseName), RunMeasurement::requestsPerSecond);
  }

  /** Returns CPU seconds per 1,000 requests between the load-start and load-end marks, or NaN. */
  static double loadPhaseCpuPerThousand(RunMeasurement run) {
    double loadCpuSeconds = GatlingLoadCpu.read(run.record().directory());
    return Double.isNaN(loadCpuSeconds) || run.requests() == 0 ? Double.NaN : loadCpuSeconds * 1000 / run.requests();
  }

  static String verdict(Spread candidate, Spread reference, double goal) {
    if (candidate == null || reference == null) {
      return "not measured in this run";
    }
    double ratio = candidate.median() / reference.median();
    return Figures.number(ratio, 2) + "×, " + (ratio >= goal ? "met" : "missed");
  }

  private static String parameter(List<RunMeasurement> runs, String name) {
    return runs.stream()
        .map(run -> run.record().parameters().get(name))
        .filter(value -> value != null)
        .findFirst()
        .orElse("?");
  }
}
