package org.quarksbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.cli.QuarksBench;

/** Runs the real suite against the bundled servers and checks the Locust tables it prints and writes. */
@Tag("e2e")
class MessagingSimulationEndToEndTest {
  /** A main-table row of the seed layout: name, requests, failures, avg, min, max, median. */
  private static final Pattern ROW = Pattern.compile(
      "^ (GET|POST) (/\\w+) +(\\d+) +(\\d+)\\([\\d.]+%\\) +\\| +(\\d+) +(\\d+) +(\\d+) +(\\d+) +\\|.*$",
      Pattern.MULTILINE);

  @TempDir Path projectDir;

  @Test
  void bothScenariosRunAndPrintTheirTables() throws Exception {
    GatlingRun run = new GatlingRun(projectDir)
        .with("users", "6").with("spawnRate", "6").with("runTime", "10s")
        .run();

    assertEquals(0, run.exitCode, run.output);
    String tables = run.output.substring(run.output.indexOf("Reports generated"));
    int centralizedAt = tables.indexOf("=== centralized ===");
    int quarksAt = tables.indexOf("=== quarks ===");
    assertTrue(centralizedAt > 0, run.output);
    assertTrue(quarksAt > centralizedAt, run.output);
    String centralized = tables.substring(centralizedAt, quarksAt);
    String quarks = tables.substring(quarksAt);

    Row centralizedSend = row(centralized, "POST", "/sendMessage");
    Row centralizedRead = row(centralized, "POST", "/readMessage");
    Row quarksSend = row(quarks, "POST", "/sendMessage");
    Row quarksRead = row(quarks, "GET", "/readMessage");
    for (Row row : List.of(centralizedSend, centralizedRead, quarksSend, quarksRead)) {
      assertTrue(row.requests > 0, row.toString());
      assertEquals(0, row.failures, row.toString());
    }
    assertFalse(centralized.contains("GET /readMessage"), centralized);
    assertFalse(quarks.contains("POST /readMessage"), quarks);
    assertFalse(tables.contains("Error report"), tables);
    // A quarks send waits for its block (cut after 2 s at this load); centralized calls do not.
    assertTrue(quarksSend.median > centralizedSend.median, quarks + centralized);
    assertTrue(quarksSend.median > quarksRead.median, quarks);
    assertTrue(quarksSend.median >= 200, quarks);

    assertTrue(GatlingRun.isFree(run.port("centralizedPort", 0)), "centralized server still running");
    assertTrue(GatlingRun.isFree(run.port("gatewayPorts", 0)), "org1 gateway still running");
  }

  @Test
  void reportCommandRepeatsTheEndOfRunReport() throws Exception {
    GatlingRun run = new GatlingRun(projectDir)
        .with("users", "3").with("spawnRate", "3").with("runTime", "5s").with("tags", "centralized")
        .run();
    assertEquals(0, run.exitCode, run.output);
    Path written = onlyFolder(projectDir.resolve("reports/runs"));
    Path runFolder = onlyFolder(run.resultsFolder);

    Path commandOutput = projectDir.resolve("again");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int exitCode;
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      exitCode = QuarksBench.run("report", runFolder.toString(), "--output", commandOutput.toString());
    } finally {
      System.setOut(original);
    }

    assertEquals(0, exitCode);
    Path rewritten = commandOutput.resolve(written.getFileName());
    String endOfRunText = Files.readString(written.resolve("report.txt"));
    assertEquals(endOfRunText, Files.readString(rewritten.resolve("report.txt")));
    assertEquals(Files.readString(written.resolve("locust_stats.csv")),
        Files.readString(rewritten.resolve("locust_stats.csv")));
    assertTrue(stdout.toString(StandardCharsets.UTF_8).contains(endOfRunText));
    assertTrue(run.output.contains(endOfRunText), run.output);
    assertFalse(run.output.contains("=== quarks ==="), run.output);
  }

  @Test
  void tagsSelectingNothingStopBeforeAnyLoad() throws Exception {
    GatlingRun run = new GatlingRun(projectDir).with("tags", "quarks").with("excludeTags", "send,read").run();

    assertNotEquals(0, run.exitCode);
    assertTrue(run.output.contains("No task is selected by tags=quarks excludeTags=send,read"), run.output);
    assertFalse(Files.exists(run.resultsFolder.resolve("simulation.log")));
    assertFalse(Files.exists(projectDir.resolve("reports/runs")));
  }

  private static Row row(String table, String method, String name) {
    Matcher matcher = ROW.matcher(table);
    while (matcher.find()) {
      if (matcher.group(1).equals(method) && matcher.group(2).equals(name)) {
        return new Row(method + " " + name, Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)),
            Long.parseLong(matcher.group(8)));
      }
    }
    throw new AssertionError("No row for " + method + " " + name + " in:\n" + table);
  }

  private static Path onlyFolder(Path parent) throws IOException {
    try (Stream<Path> entries = Files.list(parent)) {
      List<Path> folders = entries.filter(Files::isDirectory).toList();
      assertEquals(1, folders.size(), folders.toString());
      return folders.get(0);
    }
  }

  private record Row(String name, long requests, long failures, long median) {}
}
