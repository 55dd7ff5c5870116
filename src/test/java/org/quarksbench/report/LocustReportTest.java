package org.quarksbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.InvalidInputException;
import org.quarksbench.report.log.SimulationLogWriter;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ErrorSummary;
import org.quarksbench.report.summary.ReportSummary;

class LocustReportTest {
  @TempDir Path folder;

  @Test
  void scenarioGroupsPartitionRequests() {
    List<ScenarioReport> reports = LocustReport.build(List.of(TestLogs.folder("two-scenarios")), ReportOptions.defaults());

    assertEquals(List.of("centralized", "quarks", "TwoScenarioSimulation"),
        reports.stream().map(ScenarioReport::scenario).toList());
    ReportSummary centralized = reports.get(0).summary();
    assertEquals(12, centralized.aggregated().requests());
    assertEquals(2, centralized.aggregated().failures());
    assertEquals(List.of("POST /readMessage", "POST /sendMessage"), rowNames(centralized));
    ReportSummary quarks = reports.get(1).summary();
    assertEquals(6, quarks.aggregated().requests());
    assertEquals(List.of("GET /readMessage", "POST /sendMessage", " retry / GET /readMessage"), rowNames(quarks));
    assertEquals(List.of("GET /health"), rowNames(reports.get(2).summary()));
  }

  @Test
  void scenarioStartsAtItsFirstUser() {
    List<ScenarioReport> reports = LocustReport.build(List.of(TestLogs.folder("two-scenarios")), ReportOptions.defaults());

    long centralizedStart = reports.get(0).summary().startEpochMillis();
    long quarksStart = reports.get(1).summary().startEpochMillis();
    long lastCentralizedEnd = centralizedStart + Math.round(reports.get(0).summary().durationSeconds() * 1000);
    assertTrue(quarksStart >= lastCentralizedEnd, "quarks starts after centralized ends: " + quarksStart + " < "
        + lastCentralizedEnd);
    EndpointSummary aggregated = reports.get(1).summary().aggregated();
    assertEquals(aggregated.requests() / reports.get(1).summary().durationSeconds(), aggregated.requestsPerSecond(),
        1e-9);
  }

  @Test
  void singleScenarioKeepsUnknownGroups() {
    ReportSummary summary =
        LocustReport.build(List.of(TestLogs.folder("failure-mix")), ReportOptions.defaults()).get(0).summary();

    assertEquals("failure-mix", summary.scenario());
    assertEquals(List.of("GET /readMessage", "GET /readMessage \u2713", "GET /refused", "POST /sendMessage",
        "GET /slow", " g / GET /inGroup"), rowNames(summary));
    assertEquals(24, summary.aggregated().requests());
    assertEquals(12, summary.aggregated().failures());
  }

  @Test
  void errorsKeepGatlingMessageAndUseLocustWords() {
    ReportSummary summary =
        LocustReport.build(List.of(TestLogs.folder("failure-mix")), ReportOptions.defaults()).get(0).summary();

    ErrorSummary first = summary.errors().get(0);
    assertEquals("POST", first.method());
    assertEquals("/sendMessage", first.name());
    assertEquals("HTTPError('500 Server Error: Internal Server Error for url: /sendMessage')", first.error());
    assertEquals("status.find.in([200, 209], 304), found 500", first.gatlingMessage());
    assertEquals(4, first.occurrences());
    assertEquals(List.of("RemoteDisconnected('Remote end closed connection without response')",
            "ConnectionRefusedError(111, 'Connection refused')"),
        List.of(summary.errors().get(1).error(), summary.errors().get(2).error()));
    assertTrue(summary.errors().get(3).error().startsWith("ReadTimeout(ReadTimeoutError(\"HTTPConnectionPool(host="
        + "'127.0.0.1', port="), summary.errors().get(3).error());
  }

  @Test
  void targetUrlOptionGivesFullUrl() {
    ReportOptions options = ReportOptions.defaults().withTargetUrls(Map.of("failure-mix", "http://127.0.0.1:3000"));

    ReportSummary summary = LocustReport.build(List.of(TestLogs.folder("failure-mix")), options).get(0).summary();

    assertEquals("HTTPError('500 Server Error: Internal Server Error for url: http://127.0.0.1:3000/sendMessage')",
        summary.errors().get(0).error());
  }

  @Test
  void targetsFileInResultsFolderGivesFullUrl() throws IOException {
    Path run = copyRun("two-scenarios", folder.resolve("run"));
    Files.writeString(run.resolve(LogInputs.TARGETS_FILE), "centralized=http://127.0.0.1:3000\nquarks=http://127.0.0.1:3001\n");

    ReportSummary centralized = LocustReport.build(List.of(run), ReportOptions.defaults()).get(0).summary();
    ReportSummary overridden = LocustReport.build(List.of(run),
        ReportOptions.defaults().withTargetUrls(Map.of("centralized", "http://localhost:9000"))).get(0).summary();

    assertEquals("HTTPError('500 Server Error: Internal Server Error for url: http://127.0.0.1:3000/readMessage')",
        centralized.errors().get(0).error());
    assertEquals("HTTPError('500 Server Error: Internal Server Error for url: http://localhost:9000/readMessage')",
        overridden.errors().get(0).error());
  }

  @Test
  void scenarioFilterSelectsReports() {
    ReportOptions options = ReportOptions.defaults().withScenarioFilter(List.of("quarks"));

    List<ScenarioReport> reports = LocustReport.build(List.of(TestLogs.folder("two-scenarios")), options);

    assertEquals(List.of("quarks"), reports.stream().map(ScenarioReport::scenario).toList());
  }

  @Test
  void unknownScenarioIsRejected() {
    ReportOptions options = ReportOptions.defaults().withScenarioFilter(List.of("quark"));

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> LocustReport.build(List.of(TestLogs.folder("two-scenarios")), options));

    assertTrue(error.getMessage().contains("scenario 'quark' is not in"), error.getMessage());
    assertTrue(error.getMessage().contains("centralized, quarks, TwoScenarioSimulation"), error.getMessage());
  }

  @Test
  void logsOfTwoGeneratorsAreMerged() throws IOException {
    Path second = copyRun("two-scenarios", folder.resolve("generator-2"));

    List<ScenarioReport> merged =
        LocustReport.build(List.of(TestLogs.folder("two-scenarios"), second), ReportOptions.defaults());
    List<ScenarioReport> single = LocustReport.build(List.of(TestLogs.folder("two-scenarios")), ReportOptions.defaults());

    EndpointSummary mergedTotal = merged.get(0).summary().aggregated();
    EndpointSummary singleTotal = single.get(0).summary().aggregated();
    assertEquals(2 * singleTotal.requests(), mergedTotal.requests());
    assertEquals(2 * singleTotal.failures(), mergedTotal.failures());
    assertEquals(singleTotal.percentiles(), mergedTotal.percentiles());
    assertEquals(2 * singleTotal.requestsPerSecond(), mergedTotal.requestsPerSecond(), 1e-9);
    assertEquals(2 * single.get(0).summary().errors().get(0).occurrences(),
        merged.get(0).summary().errors().get(0).occurrences());
  }

  @Test
  void generatorsStartingApartShareOneTimeline() throws IOException {
    Path first = folder.resolve("first.log");
    Path second = folder.resolve("second.log");
    try (SimulationLogWriter writer = new SimulationLogWriter(first)) {
      writer.run("3.16.0", "demo.Simulation", 1_796_416_000_000L, List.of("centralized"));
      writer.user(0, true, 500);
      writer.request(List.of("centralized"), "GET /a", 1_000, 1_010, true, "");
      writer.request(List.of("centralized"), "GET /a", 2_000, 2_030, true, "");
    }
    try (SimulationLogWriter writer = new SimulationLogWriter(second)) {
      writer.run("3.15.1", "demo.Simulation", 1_796_416_003_000L, List.of("centralized"));
      writer.user(0, true, 100);
      writer.request(List.of("centralized"), "GET /a", 7_000, 7_020, false,
          "status.find.in([200, 209], 304), found 503");
    }

    ReportSummary summary = LocustReport.build(List.of(first, second), ReportOptions.defaults()).get(0).summary();

    assertEquals(1_796_416_000_500L, summary.startEpochMillis(), "earliest first user");
    assertEquals(9.52, summary.durationSeconds(), 1e-9, "to the end of the last request, 1_796_416_010_020");
    assertEquals("3.16.0, 3.15.1", summary.gatlingVersion());
    assertEquals(3, summary.aggregated().requests());
    assertEquals(20.0, summary.aggregated().medianMillis());
    assertEquals(3 / 9.52, summary.aggregated().requestsPerSecond(), 1e-12);
    assertEquals("HTTPError('503 Server Error: Service Unavailable for url: /a')", summary.errors().get(0).error());
  }

  @Test
  void errorRecordsGoToLatestStartedScenario() throws IOException {
    Path log = folder.resolve("simulation.log");
    try (SimulationLogWriter writer = new SimulationLogWriter(log)) {
      writer.run("3.16.0", "demo.Simulation", 1_796_416_000_000L, List.of("centralized", "quarks"));
      writer.user(0, true, 100);
      writer.error("POST /sendMessage: No attribute named 'email' is defined ", 150);
      writer.user(0, false, 200);
      writer.user(1, true, 300);
      writer.error("GET /readMessage: No attribute named 'channel' is defined ", 350);
      writer.error("GET /readMessage: No attribute named 'user' is defined ", 355);
      writer.error("GET /readMessage: No attribute named 'channel' is defined ", 360);
      writer.error("GET /readMessage: No attribute named 'from' is defined ", 365);
      writer.error("GET /readMessage: No attribute named 'limit' is defined ", 370);
    }
    Path output = folder.resolve("out");

    List<ScenarioReport> reports = LocustReport.build(List.of(log), ReportOptions.defaults());
    reports.get(1).writeTo(output);

    assertEquals("Count,Message,Traceback,Nodes\r\n"
        + "2,GET /readMessage: No attribute named 'channel' is defined,,local\r\n"
        + "1,GET /readMessage: No attribute named 'user' is defined,,local\r\n"
        + "1,GET /readMessage: No attribute named 'from' is defined,,local\r\n"
        + "1,GET /readMessage: No attribute named 'limit' is defined,,local\r\n",
        Files.readString(output.resolve("locust_exceptions.csv")));
  }

  @Test
  void sameLogTwiceIsRejected() {
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> LocustReport.build(
        List.of(TestLogs.folder("two-scenarios"), TestLogs.log("two-scenarios")), ReportOptions.defaults()));

    assertTrue(error.getMessage().contains("given twice"), error.getMessage());
  }

  @Test
  void logsOfDifferentSimulationsAreRejected() {
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> LocustReport.build(
        List.of(TestLogs.folder("two-scenarios"), TestLogs.folder("failure-mix")), ReportOptions.defaults()));

    assertTrue(error.getMessage().contains("Only logs of the same simulation"), error.getMessage());
    assertTrue(error.getMessage().contains("FailureMixSimulation"), error.getMessage());
  }

  @Test
  void emptyFolderIsRejected() throws IOException {
    Path empty = Files.createDirectory(folder.resolve("empty"));

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> LocustReport.build(List.of(empty), ReportOptions.defaults()));

    assertTrue(error.getMessage().startsWith(empty + ": the folder contains no simulation.log"), error.getMessage());
  }

  @Test
  void folderWithSeveralRunsIsRejected() throws IOException {
    Path gatling = Files.createDirectory(folder.resolve("gatling"));
    copyRun("two-scenarios", gatling.resolve("twoscenariosimulation-20261204202709662"));
    copyRun("two-scenarios", gatling.resolve("twoscenariosimulation-20261204202811000"));

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> LocustReport.build(List.of(gatling), ReportOptions.defaults()));

    assertTrue(error.getMessage().contains("contains 2 runs"), error.getMessage());
    assertTrue(error.getMessage().contains("twoscenariosimulation-20261204202811000"), error.getMessage());
  }

  @Test
  void folderWithOneRunIsAccepted() throws IOException {
    Path gatling = Files.createDirectory(folder.resolve("gatling"));
    copyRun("two-scenarios", gatling.resolve("twoscenariosimulation-20261204202709662"));

    assertEquals(3, LocustReport.build(List.of(gatling), ReportOptions.defaults()).size());
  }

  @Test
  void missingInputIsRejected() {
    Path missing = folder.resolve("no-such-run");

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> LocustReport.build(List.of(missing), ReportOptions.defaults()));

    assertTrue(error.getMessage().contains("no such file or folder"), error.getMessage());
  }

  @Test
  void truncatedLogGivesTableAndWarning() throws IOException {
    byte[] bytes = Files.readAllBytes(TestLogs.log("failure-mix"));
    Path cut = folder.resolve("simulation.log");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 5));

    List<ScenarioReport> reports = LocustReport.build(List.of(cut), ReportOptions.defaults());

    assertEquals(1, reports.get(0).warnings().size());
    String warning = reports.get(0).warnings().get(0);
    assertTrue(warning.startsWith(cut + ": the log ends inside a record at byte offset "), warning);
    assertTrue(reports.get(0).consoleText().contains(" Aggregated "), reports.get(0).consoleText());
  }

  @Test
  void runWithoutRequestsGivesEmptyTable() throws IOException {
    Path log = folder.resolve("simulation.log");
    try (SimulationLogWriter writer = new SimulationLogWriter(log)) {
      writer.run("3.16.0", "demo.IdleSimulation", 1_796_416_000_000L, List.of("centralized"));
      writer.user(0, true, 400);
      writer.user(0, false, 900);
    }

    ScenarioReport report = LocustReport.build(List.of(log), ReportOptions.defaults()).get(0);

    String expectedAggregated = " " + String.format("%-80s", "Aggregated")
        + "       0     0(0.00%)  |       0       0       0       0  |    0.00    0.00";
    assertTrue(report.consoleText().contains(expectedAggregated + "\n"), report.consoleText());
    assertEquals(1_796_416_000_400L, report.summary().startEpochMillis());
    assertEquals(0.0, report.summary().durationSeconds());
  }

  @Test
  void exactPercentilesAreLabelled() {
    ReportOptions options = ReportOptions.defaults().withExactPercentiles(true).withPercentiles(List.of(0.5, 0.99));

    ScenarioReport report = LocustReport.build(List.of(TestLogs.folder("failure-mix")), options).get(0);

    assertTrue(report.consoleText().contains(
        "Response time percentiles (exact, not Locust's approximation, custom percentiles)\n"), report.consoleText());
    assertEquals("exact", report.summary().percentileMode());
    EndpointSummary slow = report.summary().endpoints().stream()
        .filter(endpoint -> endpoint.name().equals("/slow")).findFirst().orElseThrow();
    assertEquals(2, slow.percentiles().size());
    assertEquals((long) slow.maxMillis(), slow.percentiles().get(1).millis(), "exact 99% of two samples is the max");
  }

  private static List<String> rowNames(ReportSummary summary) {
    return summary.endpoints().stream().map(endpoint -> endpoint.method().isEmpty()
        ? " " + endpoint.name() : endpoint.method() + " " + endpoint.name()).toList();
  }

  private static Path copyRun(String name, Path target) throws IOException {
    Files.createDirectories(target);
    Files.copy(TestLogs.log(name), target.resolve("simulation.log"));
    return target;
  }
}
