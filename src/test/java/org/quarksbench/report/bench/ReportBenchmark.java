package org.quarksbench.report.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.quarksbench.report.LocustReport;
import org.quarksbench.report.ReportOptions;
import org.quarksbench.report.ScenarioReport;
import org.quarksbench.report.log.ErrorRecord;
import org.quarksbench.report.log.LogRecordVisitor;
import org.quarksbench.report.log.RequestRecord;
import org.quarksbench.report.log.RunRecord;
import org.quarksbench.report.log.SimulationLogReader;
import org.quarksbench.report.log.SimulationLogWriter;
import org.quarksbench.report.log.UserRecord;

/**
 * Measures the report pipeline on a generated simulation.log: records per second and peak heap, for the reader
 * alone and for the whole report, in one JVM.
 *
 * <p>Not a test: run it by hand (see the "Report pipeline" section of docs/benchmarks.md). Arguments: the number
 * of requests (default 10,000,000), the log file to write (default {@code -}: a temporary file, deleted at the
 * end), and the percentile modes to run the full report with (default {@code locust,exact}).
 * The log mimics the messaging suite: scenarios {@code centralized} and {@code quarks} one after the other, each
 * with 50 users and its requests inside a group named after it, three request names, 5% failures in four
 * kinds, log-normal response times from 1 ms to about 3 minutes, over one hour.
 */
public final class ReportBenchmark {
  private static final long START_EPOCH_MILLIS = 1_796_416_000_000L;
  private static final int RUN_MILLIS = 3_600_000;
  private static final int USERS_PER_SCENARIO = 50;
  private static final List<String> FAILURES = List.of(
      "status.find.in([200, 209], 304), found 500",
      "i.g.h.c.i.PrematureCloseException: Premature close",
      "j.n.ConnectException: finishConnect(..) failed with error(-111): Connection refused",
      "Request timeout to 127.0.0.1/127.0.0.1:3001 after 180000 ms");

  private ReportBenchmark() {}

  public static void main(String[] args) throws IOException {
    long requests = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    boolean temporary = args.length < 2 || args[1].equals("-");
    Path log = temporary ? Files.createTempFile("report-benchmark-", ".log") : Path.of(args[1]);
    List<String> modes = List.of((args.length > 2 ? args[2] : "locust,exact").split(","));
    try {
      long started = System.nanoTime();
      long records = generate(log, requests);
      System.out.printf(Locale.ROOT, "generated %,d records (%,d requests), %,d bytes in %.1f s%n", records, requests,
          Files.size(log), (System.nanoTime() - started) / 1e9);

      measure("warm-up reader only (not reported)", records, () -> readOnly(log));
      measure("reader only", records, () -> readOnly(log));
      if (modes.contains("locust")) {
        measure("full report (locust percentiles)", records, () -> fullReport(log, ReportOptions.defaults()));
      }
      if (modes.contains("exact")) {
        measure("full report (exact percentiles)", records,
            () -> fullReport(log, ReportOptions.defaults().withExactPercentiles(true)));
      }
    } finally {
      if (temporary) {
        Files.deleteIfExists(log);
      }
    }
  }

  private static long generate(Path log, long requests) throws IOException {
    SplittableRandom random = new SplittableRandom(20211224);
    long records = 1;
    try (SimulationLogWriter writer = new SimulationLogWriter(log)) {
      writer.run("3.16.0", "org.quarksbench.simulation.MessagingSimulation", START_EPOCH_MILLIS,
          List.of("centralized", "quarks"));
      for (int scenario = 0; scenario < 2; scenario++) {
        String group = scenario == 0 ? "centralized" : "quarks";
        int scenarioStart = scenario * RUN_MILLIS / 2;
        long scenarioRequests = requests / 2 + (scenario == 0 ? requests % 2 : 0);
        for (int user = 0; user < USERS_PER_SCENARIO; user++) {
          writer.user(scenario, true, scenarioStart + user * 200);
          records++;
        }
        for (long i = 0; i < scenarioRequests; i++) {
          int end = scenarioStart + 10_000 + (int) (i * (RUN_MILLIS / 2 - 20_000) / scenarioRequests);
          double roll = random.nextDouble();
          String name;
          if (roll < 1 / 3.0) {
            name = "POST /sendMessage";
          } else if (scenario == 0) {
            name = "POST /readMessage";
          } else {
            name = "GET /readMessage";
          }
          int millis = (int) Math.min(180_000, Math.exp(random.nextDouble(2.0, 7.5) + random.nextGaussian() * 0.3));
          boolean ok = random.nextDouble() >= 0.05;
          String message = ok ? "" : FAILURES.get(random.nextInt(FAILURES.size()));
          writer.request(List.of(group), name, end - millis, end, ok, message);
          records++;
        }
        for (int user = 0; user < USERS_PER_SCENARIO; user++) {
          writer.user(scenario, false, scenarioStart + RUN_MILLIS / 2 - 5_000 + user * 10);
          records++;
        }
      }
    }
    return records;
  }

  private static void readOnly(Path log) {
    SimulationLogReader.read(log, new LogRecordVisitor() {
      @Override
      public void onRun(RunRecord run) {}

      @Override
      public void onRequest(RequestRecord request) {}

      @Override
      public void onUser(UserRecord user) {}

      @Override
      public void onError(ErrorRecord error) {}
    });
  }

  private static void fullReport(Path log, ReportOptions options) {
    List<ScenarioReport> reports = LocustReport.build(List.of(log), options);
    for (ScenarioReport report : reports) {
      if (report.consoleText().isEmpty()) {
        throw new IllegalStateException("empty report for " + report.scenario());
      }
    }
  }

  private static void measure(String label, long records, Runnable work) {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long started = System.nanoTime();
    work.run();
    double seconds = (System.nanoTime() - started) / 1e9;
    long peakHeapBytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeapBytes += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "%-38s %6.2f s  %,12.0f records/s  peak heap %,6.1f MiB%n", label, seconds,
        records / seconds, peakHeapBytes / 1048576.0);
  }
}
