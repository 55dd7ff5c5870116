package org.quarksbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.report.ReportOptions;
import org.quarksbench.report.ReportRunner;
import org.quarksbench.report.ScenarioReport;
import org.quarksbench.report.TestLogs;
import org.quarksbench.report.summary.ReportSummary;

class ReportCommandTest {
  @TempDir Path folder;

  @Test
  void reportPrintsAndWritesEachScenario() throws IOException {
    Path output = folder.resolve("runs");

    Result result = run("report", TestLogs.folder("two-scenarios").toString(), "--output", output.toString());

    assertEquals(ExitCodes.OK, result.exitCode, result.err);
    assertTrue(result.out.startsWith("=== centralized ===\n Name "), result.out);
    assertTrue(result.out.contains("=== quarks ===\n"), result.out);
    List<String> folders = folderNames(output);
    assertEquals(3, folders.size(), folders.toString());
    assertTrue(folders.get(0).matches("TwoScenarioSimulation-\\d{8}-\\d{6}"), folders.get(0));
    assertTrue(folders.get(1).matches("centralized-\\d{8}-\\d{6}"), folders.get(1));
    Path centralized = output.resolve(folders.get(1));
    for (String file : List.of("report.txt", "summary.json", "locust_stats.csv", "locust_failures.csv",
        "locust_exceptions.csv", "locust_stats_history.csv")) {
      assertTrue(Files.isRegularFile(centralized.resolve(file)), "missing " + file);
    }
    String reportText = Files.readString(centralized.resolve("report.txt"));
    assertTrue(result.out.contains("=== centralized ===\n" + reportText + "=== quarks ==="), result.out);
  }

  @Test
  void commandAndRunnerGiveSameOutput() throws IOException {
    Path commandOutput = folder.resolve("command");
    Path runnerOutput = folder.resolve("runner");
    Result result = run("report", TestLogs.folder("failure-mix").toString(), "--output", commandOutput.toString());
    ByteArrayOutputStream runnerText = new ByteArrayOutputStream();

    ReportRunner.run(List.of(TestLogs.folder("failure-mix")), ReportOptions.defaults(), runnerOutput,
        new PrintStream(runnerText, true, StandardCharsets.UTF_8));

    assertEquals(withoutLogLines(runnerText.toString(StandardCharsets.UTF_8)), result.out);
    String name = folderNames(commandOutput).get(0);
    assertEquals(folderNames(runnerOutput), List.of(name));
    for (String file : List.of("report.txt", "summary.json", "locust_stats.csv", "locust_stats_history.csv")) {
      assertEquals(Files.readString(runnerOutput.resolve(name).resolve(file)),
          Files.readString(commandOutput.resolve(name).resolve(file)), file);
    }
  }

  @Test
  void summaryJsonReadsBackAsSummary() throws IOException {
    Path output = folder.resolve("runs");
    List<ScenarioReport> reports =
        ReportRunner.run(List.of(TestLogs.folder("failure-mix")), ReportOptions.defaults(), output, quietStream());

    Path json = output.resolve(ReportRunner.folderName(reports.get(0))).resolve("summary.json");
    ReportSummary read = new ObjectMapper().readValue(json.toFile(), ReportSummary.class);

    assertEquals(reports.get(0).summary(), read);
  }

  @Test
  void layoutOptionSelectsLocust29() {
    Result result = run("report", TestLogs.folder("failure-mix").toString(), "--layout", "locust-2.9",
        "--output", folder.toString());

    assertEquals(ExitCodes.OK, result.exitCode, result.err);
    assertTrue(result.out.startsWith("=== failure-mix ===\nType     Name "), result.out);
  }

  @Test
  void invalidLayoutExitsWithUsageError() {
    Result result = run("report", TestLogs.folder("failure-mix").toString(), "--layout", "locust-3",
        "--output", folder.toString());

    assertEquals(ExitCodes.BAD_INPUT, result.exitCode);
    assertTrue(result.err.contains("invalid layout 'locust-3'; use one of: locust-2.8, locust-2.9."), result.err);
    assertEquals("", result.out);
  }

  @Test
  void invalidPercentileExitsWithUsageError() {
    Result result = run("report", TestLogs.folder("failure-mix").toString(), "--percentiles", "0.5,1.5",
        "--output", folder.toString());

    assertEquals(ExitCodes.BAD_INPUT, result.exitCode);
    assertTrue(result.err.contains("invalid percentile 1.5"), result.err);
  }

  @Test
  void missingInputExitsWithOneLine() {
    Path missing = folder.resolve("no-such-run");

    Result result = run("report", missing.toString(), "--output", folder.toString());

    assertEquals(ExitCodes.BAD_INPUT, result.exitCode);
    assertEquals("error: " + missing + ": no such file or folder; pass a Gatling results folder "
        + "(e.g. target/gatling/<simulation>-<timestamp>) or its simulation.log.\n", result.err);
  }

  @Test
  void corruptLogExitsWithOneLine() throws IOException {
    Path corrupt = folder.resolve("simulation.log");
    byte[] bytes = Files.readAllBytes(TestLogs.log("two-scenarios"));
    bytes[0] = 7;
    Files.write(corrupt, bytes);

    Result result = run("report", corrupt.toString(), "--output", folder.resolve("runs").toString());

    assertEquals(ExitCodes.BAD_INPUT, result.exitCode);
    assertTrue(result.err.startsWith("error: " + corrupt + ": invalid simulation.log at byte offset 0: "), result.err);
    assertFalse(result.err.contains("\tat "), "no stack trace: " + result.err);
    assertEquals(1, result.err.lines().count(), result.err);
  }

  @Test
  void truncatedLogExitsWithSuccess() throws IOException {
    byte[] bytes = Files.readAllBytes(TestLogs.log("two-scenarios"));
    Path cut = folder.resolve("simulation.log");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 7));

    Result result = run("report", cut.toString(), "--scenario", "centralized", "--output", folder.resolve("runs").toString());

    assertEquals(ExitCodes.OK, result.exitCode, result.err);
    assertTrue(result.out.startsWith("=== centralized ===\n Name "), result.out);
  }

  @Test
  void unwritableOutputExitsWithUsageError() throws IOException {
    Path file = Files.writeString(folder.resolve("not-a-folder"), "x");

    Result result = run("report", TestLogs.folder("failure-mix").toString(), "--output", file.toString());

    assertEquals(ExitCodes.BAD_INPUT, result.exitCode);
    assertTrue(result.err.contains("could not write the report under --output " + file), result.err);
  }

  private static List<String> folderNames(Path output) throws IOException {
    try (Stream<Path> children = Files.list(output)) {
      return children.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }

  private static PrintStream quietStream() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }

  /** Runs the command line with stdout and stderr captured. */
  private static Result run(String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exitCode = QuarksBench.run(args);
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    return new Result(exitCode, withoutLogLines(out.toString(StandardCharsets.UTF_8)),
        withoutLogLines(err.toString(StandardCharsets.UTF_8)));
  }

  /** Drops Logback's lines ({@code HH:mm:ss.SSS LEVEL ...}), which logback-test.xml sends to stdout. */
  private static String withoutLogLines(String text) {
    return text.replaceAll("(?m)^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} (TRACE|DEBUG|INFO|WARN|ERROR) .*\n", "");
  }

  private record Result(int exitCode, String out, String err) {}
}
