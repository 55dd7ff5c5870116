package org.quarksbench.compare.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.InvalidInputException;
import org.quarksbench.compare.Fixtures;

class ReportLoaderTest {
  @TempDir Path tempDir;

  @Test
  void detectsEachKindByContent() {
    assertEquals(InputFormat.TEXT,
        ReportLoader.detect(Fixtures.resource("locust-2.12.1/failures/console.txt"), "baseline"));
    assertEquals(InputFormat.TEXT, ReportLoader.detect(Fixtures.resource("locust-2.8/locust-2.8-summary.txt"), "baseline"));
    assertEquals(InputFormat.CSV,
        ReportLoader.detect(Fixtures.resource("locust-2.12.1/failures/locust_stats.csv"), "baseline"));
    assertEquals(InputFormat.JSON, ReportLoader.detect(Fixtures.write(tempDir, "s", "[ {\"a\": 1} ]"), "baseline"));
    assertEquals(InputFormat.GATLING,
        ReportLoader.detect(Fixtures.write(tempDir, "simulation.log", "\0\0\0\u0006"), "baseline"));
  }

  @Test
  void locustCsvFolder() {
    LoadedReport report = ReportLoader.load(Fixtures.resource("locust-2.12.1/failures"), null, "baseline");

    assertEquals(InputFormat.CSV, report.format());
    assertEquals("locust_stats.csv", report.source().getFileName().toString());
    assertEquals(11, report.scenarios().get(0).errors().size());
    assertEquals("failures", report.scenarios().get(0).scenario());
  }

  @Test
  void forcedTextFormatInFolderReadsReportText() throws IOException {
    Path run = Files.createDirectories(tempDir.resolve("centralized-20261204"));
    Files.copy(Fixtures.resource("locust-2.8/locust-2.8-summary.txt"), run.resolve("report.txt"));
    Files.copy(Fixtures.resource("locust-2.12.1/clean/locust_stats.csv"), run.resolve("locust_stats.csv"));

    LoadedReport report = ReportLoader.load(run, InputFormat.TEXT, "candidate");

    assertEquals(InputFormat.TEXT, report.format());
    assertEquals(8551, report.scenarios().get(0).aggregated().requests());
  }

  @Test
  void emptyFileIsRejected() {
    Path empty = Fixtures.write(tempDir, "empty.txt", "");

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> ReportLoader.load(empty, null, "baseline"));

    assertTrue(error.getMessage().startsWith("baseline file " + empty + " is empty."), error.getMessage());
  }

  @Test
  void failuresCsvPointsToStatsFile() {
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> ReportLoader.load(
        Fixtures.resource("locust-2.12.1/failures/locust_failures.csv"), null, "candidate"));

    assertTrue(error.getMessage().contains("is Locust's failures CSV"), error.getMessage());
  }

  @Test
  void otherBinaryFileIsRejected() {
    Path binary = Fixtures.write(tempDir, "image.png", "\u0089PNG\r\n\u001a\n\0\0\0\rIHDR");

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> ReportLoader.load(binary, null, "baseline"));

    assertTrue(error.getMessage().contains("is a binary file but not a Gatling simulation.log"), error.getMessage());
  }

  @Test
  void missingPathIsRejected() {
    Path missing = tempDir.resolve("nope.csv");

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> ReportLoader.load(missing, null, "candidate"));

    assertEquals("candidate not found: " + missing + ". Pass an existing report file or folder.", error.getMessage());
  }

  @Test
  void folderWithoutReportIsRejected() throws IOException {
    Path folder = Files.createDirectories(tempDir.resolve("empty-folder"));

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> ReportLoader.load(folder, null, "baseline"));

    assertTrue(error.getMessage().startsWith("no report found in baseline folder " + folder), error.getMessage());
  }

  @Test
  void jsonOfAnotherKindIsRejected() {
    Path json = Fixtures.write(tempDir, "package.json", "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}");

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> ReportLoader.load(json, null, "baseline"));

    assertTrue(error.getMessage().contains("has no integer 'schemaVersion'"), error.getMessage());
  }
}
