package org.quarksbench.bench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Parsers of wrk, Gatling, Locust and GNU time output, on outputs of real runs of bin/benchmarks --quick. */
class ToolOutputParsersTest {
  static Path runFolder() throws URISyntaxException {
    return Path.of(ToolOutputParsersTest.class.getResource("/bench/run/runs.tsv").toURI()).getParent();
  }

  private static String read(String relativePath) throws IOException, URISyntaxException {
    return Files.readString(runFolder().resolve(relativePath));
  }

  @Test
  void wrkOutputGivesCountRateAndPercentiles() throws Exception {
    WrkResult wrk = WrkResult.parse(read("capacity/wrk/r1/stdout.txt"));

    assertEquals(461_006, wrk.requests());
    assertEquals(45_781.11, wrk.requestsPerSecond(), 1e-9);
    assertEquals(1.33, wrk.latencyMillis().get("p50"), 1e-9);
    assertEquals(20.50, wrk.latencyMillis().get("p99"), 1e-9);
    assertEquals(0, wrk.errorResponses());
    assertEquals(0, wrk.socketErrors());
  }

  @Test
  void wrkErrorsAndLatencyUnitsAreConverted() {
    // wrk 4.1.0 prints these lines when responses fail. Latencies switch units by magnitude.
    String output = """
        Running 5s test @ http://127.0.0.1:18301/sendMessage
          1 threads and 8 connections
          Latency Distribution
             50%  850.00us
             75%    2.10s
             90%    2.50s
             99%    3.00s
          12 requests in 5.01s, 2.00KB read
          Socket errors: connect 1, read 2, write 0, timeout 3
          Non-2xx or 3xx responses: 4
        Requests/sec:      2.40
        Transfer/sec:     409.00B
        """;

    WrkResult wrk = WrkResult.parse(output);

    assertEquals(12, wrk.requests());
    assertEquals(0.85, wrk.latencyMillis().get("p50"), 1e-9);
    assertEquals(3000, wrk.latencyMillis().get("p99"), 1e-9);
    assertEquals(4, wrk.errorResponses());
    assertEquals(6, wrk.socketErrors());
  }

  @Test
  void wrkOutputWithoutRateIsRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> WrkResult.parse("unable to connect"));
    assertTrue(error.getMessage().contains("Requests/sec"), error.getMessage());
  }

  @Test
  void gatlingSummaryGivesTotalsAndPercentiles() throws Exception {
    GatlingSummary gatling = GatlingSummary.parse(read("capacity/gatling-closed/r1/stdout.txt"));

    assertEquals(210_202, gatling.requests());
    assertEquals(0, gatling.failures());
    assertEquals(21_020.2, gatling.requestsPerSecond(), 1e-9);
    assertEquals(2, gatling.percentileMillis().get("p50"));
    assertEquals(8, gatling.percentileMillis().get("p95"));
    assertEquals(17, gatling.percentileMillis().get("p99"));
    assertEquals(50, gatling.percentileMillis().get("p99.9"));
    assertEquals(132, gatling.percentileMillis().get("max"));
  }

  @Test
  void gatlingOutputWithoutSummaryIsRejected() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> GatlingSummary.parse("Simulation failed"));
    assertTrue(error.getMessage().contains("Global Information"), error.getMessage());
  }

  @Test
  void locustCsvGivesTheAggregatedRow() throws Exception {
    LocustStats locust = LocustStats.parse(read("capacity/locust-httpuser/r1/locust_stats.csv"));

    assertEquals(12_447, locust.requests());
    assertEquals(0, locust.failures());
    assertEquals(1362.769185517917, locust.requestsPerSecond(), 1e-9);
    assertEquals(27, locust.percentileMillis().get("p50"));
    assertEquals(76, locust.percentileMillis().get("p95"));
    assertEquals(130, locust.percentileMillis().get("p99"));
    assertEquals(190, locust.percentileMillis().get("p99.9"));
    assertEquals(189.3313829998533, locust.percentileMillis().get("max"), 1e-9);
  }

  @Test
  void locustCsvWithoutAggregatedRowIsRejected() {
    String csv = "Type,Name,Request Count\nGET,GET /x,3\n";
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> LocustStats.parse(csv));
    assertTrue(error.getMessage().contains("Aggregated"), error.getMessage());
  }

  @Test
  void timeReportGivesCpuMemoryAndWallTime() throws Exception {
    TimeReport time = TimeReport.parse(read("capacity/gatling-closed/r1/time.txt"));

    assertEquals(12.79, time.userSeconds(), 1e-9);
    assertEquals(3.51, time.systemSeconds(), 1e-9);
    assertEquals(16.30, time.cpuSeconds(), 1e-9);
    assertEquals(335_036, time.maxResidentKilobytes());
    assertEquals(15.10, time.elapsedSeconds(), 1e-9);
  }

  @Test
  void clockFormsOfGnuTimeAreSeconds() {
    assertEquals(15.1, TimeReport.parseClock("0:15.10"), 1e-9);
    assertEquals(3723, TimeReport.parseClock("1:02:03"), 1e-9);
  }

  @Test
  void manifestReadsParametersAndSkippedRuns() throws Exception {
    var runs = RunManifest.read(runFolder());

    RunRecord wrk = runs.get(0);
    assertEquals("capacity", wrk.section());
    assertEquals("wrk", wrk.caseName());
    assertEquals(64, wrk.number("connections", 0));
    assertTrue(wrk.command().startsWith("wrk -t 2 -c 64"), wrk.command());
    assertTrue(runs.stream().anyMatch(RunRecord::skipped));
  }

  @Test
  void measurementsCombineToolOutputAndResources() throws Exception {
    var runs = RunManifest.read(runFolder());
    RunMeasurement gatling = RunMeasurements.measure(runs.get(1));

    assertTrue(gatling.succeeded(), gatling.failure());
    assertEquals(210_202, gatling.requests());
    assertEquals(16.30 * 1000 / 210_202, gatling.cpuSecondsPerThousandRequests(), 1e-9);
    assertEquals(335_036 / 1024.0, gatling.peakResidentMegabytes(), 1e-9);

    RunMeasurement skipped = RunMeasurements.measure(runs.get(3));
    assertTrue(skipped.failure().startsWith("not run: the installed Locust reports an empty version"), skipped.failure());
  }

  @Test
  void spreadGivesMinMedianMax() {
    Spread odd = Spread.of(java.util.List.of(3.0, 1.0, 2.0));
    assertEquals(1, odd.min());
    assertEquals(2, odd.median());
    assertEquals(3, odd.max());
    assertEquals(2.5, Spread.of(java.util.List.of(4.0, 1.0, 2.0, 3.0)).median());
    assertThrows(IllegalArgumentException.class, () -> Spread.of(java.util.List.of()));
  }
}
