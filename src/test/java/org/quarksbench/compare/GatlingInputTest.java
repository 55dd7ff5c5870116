package org.quarksbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.cli.ExitCodes;
import org.quarksbench.compare.input.InputFormat;
import org.quarksbench.compare.input.LoadedReport;
import org.quarksbench.compare.input.ReportLoader;
import org.quarksbench.report.LocustReport;
import org.quarksbench.report.ReportOptions;
import org.quarksbench.report.ReportRunner;
import org.quarksbench.report.ScenarioReport;
import org.quarksbench.report.TestLogs;
import org.quarksbench.report.log.SimulationLogWriter;
import org.quarksbench.report.summary.EndpointSummary;

/** Gatling logs as compare inputs, and compare over every file the report command writes for the same run. */
class GatlingInputTest {
  @TempDir Path tempDir;

  @Test
  void gatlingRunAgainstItselfPasses() {
    String run = TestLogs.folder("two-scenarios").toString();

    CompareRun result = CompareRun.of(run, TestLogs.log("two-scenarios").toString());

    assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
    assertTrue(result.out().contains("Scenario centralized (exact values)"), result.toString());
    assertTrue(result.out().contains("Scenario quarks (exact values)"), result.toString());
  }

  @Test
  void reportFilesMatchTheirGatlingRun() {
    List<ScenarioReport> reports = LocustReport.build(List.of(TestLogs.folder("two-scenarios")),
        ReportOptions.defaults());
    ScenarioReport quarks = reports.get(1);
    Path runFolder = tempDir.resolve(ReportRunner.folderName(quarks));
    quarks.writeTo(runFolder);
    String gatling = TestLogs.folder("two-scenarios").toString();

    for (String input : List.of(runFolder.toString(), runFolder.resolve("report.txt").toString(),
        runFolder.resolve("locust_stats.csv").toString())) {
      CompareRun result = CompareRun.of(input, gatling, "--scenario", "quarks");

      assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
      assertTrue(result.out().contains("Scenario quarks ("), result.toString());
      assertFalse(result.out().contains("only in"), result.toString());
    }
  }

  @Test
  void consoleOutputOfSeveralScenarios() {
    List<ScenarioReport> reports = LocustReport.build(List.of(TestLogs.folder("two-scenarios")),
        ReportOptions.defaults());
    StringBuilder console = new StringBuilder("Some Maven and Gatling output\n");
    for (ScenarioReport report : reports) {
      console.append("=== ").append(report.scenario()).append(" ===\n").append(report.consoleText());
    }
    Path capture = Fixtures.write(tempDir, "gatling-test.txt", console.toString());

    LoadedReport loaded = ReportLoader.load(capture, null, "baseline");

    assertEquals(InputFormat.TEXT, loaded.format());
    assertEquals(List.of("centralized", "quarks", "TwoScenarioSimulation"),
        loaded.scenarios().stream().map(s -> s.scenario()).toList());
    EndpointSummary grouped = loaded.scenarios().get(1).endpoints().get(2);
    assertEquals("", grouped.method());
    assertEquals("retry / GET /readMessage", grouped.name());
    assertEquals(47, grouped.percentiles().get(0).millis());

    CompareRun result = CompareRun.of(capture.toString(), TestLogs.folder("two-scenarios").toString());
    assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
  }

  @Test
  void scenarioLineWithoutTableIsBadInput() {
    Path capture = Fixtures.write(tempDir, "cut.txt", "=== centralized ===\n[INFO] BUILD FAILURE\n");

    CompareRun result = CompareRun.of(capture.toString(), capture.toString());

    assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("error: scenario 'centralized' in " + capture + " (line 1) has no request"
        + " table"), result.toString());
  }

  @Test
  void slowerReadsInGatlingLogFailGate() throws IOException {
    Path baseline = writeRun("baseline", 0);
    Path candidate = writeRun("candidate", 50);

    CompareRun result = CompareRun.of(baseline.toString(), candidate.toString());

    assertEquals(ExitCodes.REGRESSION, result.exitCode(), result.toString());
    assertTrue(result.out().contains("centralized: POST /readMessage p95 grew by 50 ms (+104.2 %), from 48 to 98;"
        + " allowed worsening 25 ms"), result.toString());
    assertFalse(result.out().contains("centralized: POST /sendMessage"), result.toString());
  }

  @Test
  void truncatedGatlingLogWarns() throws IOException {
    Path run = writeRun("cut", 0);
    Path log = run.resolve("simulation.log");
    byte[] bytes = Files.readAllBytes(log);
    Files.write(log, Arrays.copyOf(bytes, bytes.length - 3));

    CompareRun result = CompareRun.of(run.toString(), run.toString());

    assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
    assertTrue(result.out().contains("warning: " + log + ": the log ends inside a record"), result.toString());
  }

  @Test
  void emptySimulationLogIsBadInput() {
    Path log = Fixtures.write(tempDir, "simulation.log", "");
    String text = Fixtures.resource("locust-2.8/locust-2.8-summary.txt").toString();

    CompareRun result = CompareRun.of(text, log.toString(), "--candidate-format", "gatling");

    assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("error: "), result.toString());
    assertTrue(result.err().contains(log.toString()), result.toString());
    assertEquals(1, result.err().lines().count(), result.toString());
  }

  /**
   * Writes a Gatling 3.16.0 log of the centralized scenario: 40 reads of 10 to 49 ms plus {@code extraMillis},
   * and 20 sends of 20 to 39 ms, one request every 100 ms.
   */
  private Path writeRun(String name, int extraMillis) throws IOException {
    Path folder = Files.createDirectories(tempDir.resolve(name));
    try (SimulationLogWriter writer = new SimulationLogWriter(folder.resolve("simulation.log"))) {
      writer.run("3.16.0", "org.quarksbench.simulation.MessagingSimulation", 1_796_416_000_000L,
          List.of("centralized"));
      writer.user(0, true, 0);
      for (int i = 0; i < 40; i++) {
        int start = 100 * i;
        writer.request(List.of(), "POST /readMessage", start, start + 10 + i + extraMillis, true, "");
      }
      for (int i = 0; i < 20; i++) {
        int start = 4_000 + 100 * i;
        writer.request(List.of(), "POST /sendMessage", start, start + 20 + i, true, "");
      }
      writer.user(0, false, 6_100);
    }
    return folder;
  }
}
