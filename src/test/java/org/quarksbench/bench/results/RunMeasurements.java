package org.quarksbench.bench.results;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Reads the raw outputs in a run folder into a {@link RunMeasurement}, by the kind of tool that ran. */
public final class RunMeasurements {
  private RunMeasurements() {}

  /**
   * Measures one run. A run that exited with an error, or whose output lacks the expected figures, gives
   * a failed measurement with the reason, so the doc shows it instead of a wrong number.
   */
  public static RunMeasurement measure(RunRecord record) {
    if (record.skipped()) {
      return RunMeasurement.failed(record, "not run: " + record.parameters().getOrDefault("reason", "no reason given"));
    }
    Path directory = record.directory();
    try {
      String exitCode = readIfPresent(directory.resolve("exit_code.txt")).trim();
      Resources resources = readResources(directory);
      RunMeasurement measurement = measureOutput(record, directory, resources);
      // Locust exits with 1 when some requests failed; its figures are still valid, the failures are counted.
      boolean failedExit = !exitCode.isEmpty() && !exitCode.equals("0") && !(record.kind().equals("locust") && exitCode.equals("1"));
      if (failedExit) {
        return RunMeasurement.failed(record, "exit code " + exitCode + " (see " + directory.getFileName() + "/stderr.txt)");
      }
      return measurement;
    } catch (IOException | IllegalArgumentException e) {
      return RunMeasurement.failed(record, "unreadable output: " + e.getMessage());
    }
  }

  private static RunMeasurement measureOutput(RunRecord record, Path directory, Resources resources) throws IOException {
    String stdout = readIfPresent(directory.resolve("stdout.txt"));
    switch (record.kind()) {
      case "wrk" -> {
        WrkResult wrk = WrkResult.parse(stdout);
        return new RunMeasurement(
            record, null, wrk.requests(), wrk.errorResponses() + wrk.socketErrors(), wrk.requestsPerSecond(),
            resources.cpuSeconds, resources.peakResidentMegabytes, resources.elapsedSeconds, wrk.latencyMillis());
      }
      case "gatling" -> {
        GatlingSummary gatling = GatlingSummary.parse(stdout);
        return new RunMeasurement(
            record, null, gatling.requests(), gatling.failures(), gatling.requestsPerSecond(),
            resources.cpuSeconds, resources.peakResidentMegabytes, resources.elapsedSeconds, gatling.percentileMillis());
      }
      case "locust" -> {
        LocustStats locust = LocustStats.read(directory.resolve("locust_stats.csv"));
        return new RunMeasurement(
            record, null, locust.requests(), locust.failures(), locust.requestsPerSecond(),
            resources.cpuSeconds, resources.peakResidentMegabytes, resources.elapsedSeconds, locust.percentileMillis());
      }
      case "mvn", "custom" -> {
        return new RunMeasurement(
            record, null, 0, 0, 0, resources.cpuSeconds, resources.peakResidentMegabytes, resources.elapsedSeconds, Map.of());
      }
      default -> throw new IllegalArgumentException("unknown run kind '" + record.kind() + "'");
    }
  }

  /** Adds up CPU time and peak memory over {@code time.txt} and any {@code time-*.txt} of worker processes. */
  private static Resources readResources(Path directory) throws IOException {
    Resources resources = new Resources();
    TimeReport main = TimeReport.read(directory.resolve("time.txt"));
    resources.add(main);
    resources.elapsedSeconds = main.elapsedSeconds();
    try (DirectoryStream<Path> workers = Files.newDirectoryStream(directory, "time-*.txt")) {
      for (Path worker : workers) {
        resources.add(TimeReport.read(worker));
      }
    }
    return resources;
  }

  private static String readIfPresent(Path file) throws IOException {
    return Files.isRegularFile(file) ? Files.readString(file) : "";
  }

  private static final class Resources {
    double cpuSeconds;
    double peakResidentMegabytes;
    double elapsedSeconds;

    void add(TimeReport report) {
      cpuSeconds += report.cpuSeconds();
      peakResidentMegabytes += report.maxResidentKilobytes() / 1024.0;
    }
  }
}
