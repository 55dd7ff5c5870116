package org.quarksbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.cli.ExitCodes;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ReportSummary;

class CompareCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final EndpointSummary SEND =
      Summaries.endpoint("POST", "/sendMessage", 100, 0, 20.4, 18, 30, 40, 90.7, 5.0);
  private static final EndpointSummary READ =
      Summaries.endpoint("POST", "/readMessage", 200, 2, 10.2, 9, 15, 20, 50.0, 10.0);
  private static final EndpointSummary TOTAL =
      Summaries.endpoint("", "Aggregated", 300, 2, 13.6, 12, 25, 30, 90.7, 15.0);

  @TempDir Path tempDir;

  @Test
  void consoleTableAgainstItselfPasses() {
    String table = Fixtures.resource("locust-2.8/locust-2.8-summary.txt").toString();

    CompareRun run = CompareRun.of(table, table);

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    assertTrue(run.out().contains("Result: no regression"), run.toString());
    assertEquals("", run.err(), run.toString());
  }

  @Test
  void summaryJsonAgainstItselfPasses() throws IOException {
    Path json = writeSummary("same.json", Summaries.scenario("centralized", TOTAL, READ, SEND));

    CompareRun run = CompareRun.of(json.toString(), json.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
  }

  @Test
  void negativeCountIsRejected() throws IOException {
    EndpointSummary negative = Summaries.endpoint("POST", "/readMessage", -5, 2, 10.2, 9, 15, 20, 50.0, 10.0);
    Path json = writeSummary("negative.json", Summaries.scenario("centralized", TOTAL, negative, SEND));
    Path good = writeSummary("good.json", Summaries.scenario("centralized", TOTAL, READ, SEND));

    CompareRun run = CompareRun.of(good.toString(), json.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().contains("POST /readMessage has -5 requests and 2 failures"), run.toString());
  }

  @Test
  void outputOntoInputIsRejected() throws IOException {
    Path json = writeSummary("same.json", Summaries.scenario("centralized", TOTAL, READ, SEND));
    String original = Files.readString(json);

    CompareRun run = CompareRun.of(json.toString(), json.toString(), "--json", json.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().contains("--json " + json + " would overwrite the input"), run.toString());
    assertEquals(original, Files.readString(json));
  }

  @Test
  void outputInsideInputFolderIsRejected() throws IOException {
    Path folder = Files.createDirectories(tempDir.resolve("run"));
    Files.writeString(folder.resolve("summary.json"),
        Files.readString(writeSummary("same.json", Summaries.scenario("centralized", TOTAL, READ, SEND))));

    CompareRun run = CompareRun.of(folder.toString(), folder.toString(),
        "--markdown", folder.resolve("report.txt").toString());

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
    assertFalse(Files.exists(folder.resolve("report.txt")));
  }

  @Test
  void slowdownBeyondThresholdExitsWithRegression() throws IOException {
    Path baseline = writeSummary("baseline.json", Summaries.scenario("centralized", TOTAL, READ, SEND));
    EndpointSummary slowRead = Summaries.endpoint("POST", "/readMessage", 200, 2, 60.2, 59, 65, 70, 100.0, 10.0);
    Path candidate = writeSummary("candidate.json", Summaries.scenario("centralized", TOTAL, slowRead, SEND));
    Path junit = tempDir.resolve("out/compare.xml");
    Path markdown = tempDir.resolve("out/compare.md");
    Path html = tempDir.resolve("out/compare.html");
    Path json = tempDir.resolve("out/compare.json");

    CompareRun run = CompareRun.of(baseline.toString(), candidate.toString(), "--junit", junit.toString(),
        "--markdown", markdown.toString(), "--html", html.toString(), "--json", json.toString());

    assertEquals(ExitCodes.REGRESSION, run.exitCode(), run.toString());
    assertTrue(run.out().contains("centralized: POST /readMessage p95 grew by 50 ms (+250.0 %)"), run.toString());
    assertTrue(run.out().contains("centralized: POST /readMessage median grew by 50 ms"), run.toString());
    assertFalse(run.out().contains("POST /sendMessage p95"), run.toString());

    String xml = Files.readString(junit);
    assertTrue(xml.contains("<testcase classname=\"centralized.POST /readMessage\" name=\"p95\"><failure"
        + " type=\"regression\""), xml);
    assertTrue(xml.contains("<testcase classname=\"centralized.POST /sendMessage\" name=\"p95\"></testcase>"), xml);
    assertTrue(Files.readString(markdown).contains("| p95 | 20.0 | 70.0 | +50.0 | +250.0% | **REGRESSION** |"));
    String page = Files.readString(html);
    assertTrue(page.contains("<svg"), "the page has inline SVG charts");
    assertFalse(page.contains("<script"), "the page loads no script");
    JsonNode document = MAPPER.readTree(json.toFile());
    assertEquals("regression", document.get("result").asText());
    assertEquals(4, document.get("failures").size(), document.get("failures").toString());
  }

  @Test
  void thresholdOptionTurnsRegressionIntoPass() throws IOException {
    Path baseline = writeSummary("baseline.json", Summaries.scenario("centralized", TOTAL, READ, SEND));
    EndpointSummary slowRead = Summaries.endpoint("POST", "/readMessage", 200, 2, 10.2, 9, 15, 70, 50.0, 10.0);
    Path candidate = writeSummary("candidate.json", Summaries.scenario("centralized", TOTAL, slowRead, SEND));

    CompareRun run = CompareRun.of(baseline.toString(), candidate.toString(), "--threshold", "p95.floor=60");

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
  }

  @Test
  void consoleCaptureAgainstItsOwnCsvPasses() {
    CompareRun run = CompareRun.of(Fixtures.resource("locust-2.12.1/clean/console.txt").toString(),
        Fixtures.resource("locust-2.12.1/clean").toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    assertTrue(run.out().contains("(text, whole numbers as printed)"), run.toString());
    assertTrue(run.out().contains("(csv, exact values)"), run.toString());
  }

  @Test
  void noCommonEndpointSaysSo() throws IOException {
    EndpointSummary quarksRead = Summaries.endpoint("GET", "/readMessage", 200, 2, 10.2, 9, 15, 20, 50.0, 10.0);
    Path baseline = writeSummary("centralized.json", Summaries.scenario("centralized", TOTAL, READ));
    Path candidate = writeSummary("quarks.json", Summaries.scenario("quarks", TOTAL, quarksRead));

    CompareRun run = CompareRun.of(baseline.toString(), candidate.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    assertTrue(run.out().contains("note: No endpoint matched between the two reports"), run.toString());
    assertTrue(run.out().contains("POST /readMessage (only in the baseline)"), run.toString());
    assertTrue(run.out().contains("GET /readMessage (only in the candidate)"), run.toString());
  }

  @Test
  void scenariosPairedByName() throws IOException {
    EndpointSummary quarksRead = Summaries.endpoint("GET", "/readMessage", 200, 2, 10.2, 9, 15, 20, 50.0, 10.0);
    EndpointSummary slowQuarksRead =
        Summaries.endpoint("GET", "/readMessage", 200, 2, 10.2, 9, 15, 90, 50.0, 10.0);
    Path baseline = writeSummaries("both.json", Summaries.scenario("centralized", TOTAL, READ, SEND),
        Summaries.scenario("quarks", TOTAL, quarksRead));
    Path candidate = writeSummaries("both-slow.json", Summaries.scenario("quarks", TOTAL, slowQuarksRead),
        Summaries.scenario("centralized", TOTAL, READ, SEND));

    CompareRun run = CompareRun.of(baseline.toString(), candidate.toString());

    assertEquals(ExitCodes.REGRESSION, run.exitCode(), run.toString());
    assertTrue(run.out().contains("Scenario centralized (exact values)"), run.toString());
    assertTrue(run.out().contains("Scenario quarks (exact values)"), run.toString());
    assertTrue(run.out().contains("quarks: GET /readMessage p95 grew by 70 ms"), run.toString());
  }

  @Test
  void scenarioOptionPicksOne() throws IOException {
    EndpointSummary slowQuarksRead =
        Summaries.endpoint("GET", "/readMessage", 200, 2, 10.2, 9, 15, 90, 50.0, 10.0);
    Path baseline = writeSummaries("both.json", Summaries.scenario("centralized", TOTAL, READ, SEND),
        Summaries.scenario("quarks", TOTAL, slowQuarksRead));
    Path candidate = writeSummary("centralized.json", Summaries.scenario("centralized", TOTAL, READ, SEND));

    CompareRun run = CompareRun.of(baseline.toString(), candidate.toString(), "--scenario", "centralized");

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    assertFalse(run.out().contains("Scenario quarks"), run.toString());
  }

  @Test
  void unpairedScenarioSetsAreBadInput() throws IOException {
    Path baseline = writeSummaries("both.json", Summaries.scenario("centralized", TOTAL, READ, SEND),
        Summaries.scenario("quarks", TOTAL, READ));
    Path candidate = writeSummary("centralized.json", Summaries.scenario("centralized", TOTAL, READ, SEND));

    assertBadInput(CompareRun.of(baseline.toString(), candidate.toString()),
        "error: the baseline contains the scenarios [centralized, quarks] and the candidate [centralized]");
    assertBadInput(CompareRun.of(baseline.toString(), candidate.toString(), "--scenario", "quarks"),
        "error: --scenario quarks: the candidate " + candidate + " has no such scenario; it contains [centralized].");
  }

  @Test
  void mapOfUnknownEndpointIsBadInput() throws IOException {
    Path json = writeSummary("same.json", Summaries.scenario("centralized", TOTAL, READ, SEND));

    CompareRun run = CompareRun.of(json.toString(), json.toString(), "--map", "GET /nothing=GET /readMessage");

    assertBadInput(run, "error: --map GET /nothing=GET /readMessage: the baseline has no endpoint 'GET /nothing'");
  }

  @Test
  void emptyFileIsBadInput() {
    Path empty = Fixtures.write(tempDir, "empty.txt", "");

    assertBadInput(CompareRun.of(empty.toString(), Fixtures.resource("locust-2.8/locust-2.8-summary.txt").toString()),
        "error: baseline file " + empty + " is empty.");
  }

  @Test
  void tableCutInTheMiddleIsBadInput() {
    Path cut = Fixtures.write(tempDir, "cut.txt",
        Fixtures.firstLines(Fixtures.resource("locust-2.12.1/failures/console.txt"), 299));

    CompareRun run = CompareRun.of(Fixtures.resource("locust-2.8/locust-2.8-summary.txt").toString(), cut.toString());

    assertBadInput(run, "error: the last request table in " + cut + " (from line 294) is cut at line 300");
  }

  @Test
  void captureEndingAfterPeriodicTableWarns() {
    Path periodic = Fixtures.write(tempDir, "periodic.txt",
        Fixtures.firstLines(Fixtures.resource("locust-2.12.1/failures/console.txt"), 150));

    CompareRun run = CompareRun.of(periodic.toString(), periodic.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    assertTrue(run.out().contains("warning: " + periodic + ": no percentile table follows the last request table"),
        run.toString());
  }

  @Test
  void csvWithMissingColumnsIsBadInput() {
    Path csv = Fixtures.write(tempDir, "run_stats.csv", "Type,Name,Request Count\r\n,Aggregated,3\r\n");

    assertBadInput(CompareRun.of(csv.toString(), csv.toString()), "error: " + csv + " lacks the column(s) Failure Count");
  }

  @Test
  void fileOfAnotherKindIsBadInput() {
    Path other = Fixtures.write(tempDir, "notes.md", "# Release notes\n\nNothing measured here.\n");

    assertBadInput(CompareRun.of(other.toString(), other.toString()),
        "error: no Locust request table found in " + other);
  }

  @Test
  void missingFileIsBadInput() {
    Path missing = tempDir.resolve("missing.json");

    assertBadInput(CompareRun.of(Fixtures.resource("locust-2.8/locust-2.8-summary.txt").toString(), missing.toString()),
        "error: candidate not found: " + missing);
  }

  @Test
  void unknownFormatIsBadInput() {
    String table = Fixtures.resource("locust-2.8/locust-2.8-summary.txt").toString();

    assertBadInput(CompareRun.of(table, table, "--format", "xml"), "error: invalid --format 'xml'");
  }

  @Test
  void unwritableOutputIsBadInput() {
    String table = Fixtures.resource("locust-2.8/locust-2.8-summary.txt").toString();
    Path blocker = Fixtures.write(tempDir, "file", "x");

    assertBadInput(CompareRun.of(table, table, "--json", blocker.resolve("out.json").toString()),
        "error: failed to write --json file");
  }

  private static void assertBadInput(CompareRun run, String errorStart) {
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().startsWith(errorStart), run.toString());
    assertEquals(1, run.err().lines().count(), "one line of error: " + run);
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run);
    assertEquals("", run.out(), run.toString());
  }

  private Path writeSummaries(String name, ReportSummary... summaries) throws IOException {
    Path file = tempDir.resolve(name);
    MAPPER.writeValue(file.toFile(), summaries);
    return file;
  }

  private Path writeSummary(String name, ReportSummary summary) throws IOException {
    Path file = tempDir.resolve(name);
    MAPPER.writeValue(file.toFile(), summary);
    return file;
  }
}
