package org.quarksbench.bench.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.InvalidInputException;

/** The generator on the raw outputs of a real run of bin/benchmarks --quick (capacity and truth sections). */
class BenchmarkDocGeneratorTest {
  @TempDir Path temporary;

  private static Path runFolder() throws URISyntaxException {
    return Path.of(BenchmarkDocGeneratorTest.class.getResource("/bench/run/runs.tsv").toURI()).getParent();
  }

  @Test
  void newDocHasTheMeasuredSections() throws Exception {
    Path doc = temporary.resolve("benchmarks.md");

    BenchmarkDocGenerator.generate(runFolder(), doc);
    String text = Files.readString(doc);

    assertTrue(text.startsWith("# Benchmarks\n"), text);
    assertTrue(text.contains(GeneratedRegions.beginMarker("machine")), text);
    assertTrue(text.contains("| wrk 4.1 (C, event loop; the near-limit reference) | 45,781 | 0.011 |"), text);
    assertTrue(text.contains("| Gatling 3.16.0, `ClosedNoWaitSimulation` | 21,020 | 0.078 | 0.055 |"), text);
    assertTrue(text.contains("- Gatling ≥ 0.5× wrk: 0.46×, missed"), text);
    assertTrue(text.contains("- Gatling ≥ 10× Locust HttpUser (one process): 15.42×, met"), text);
    assertTrue(text.contains("locust-httpuser-workers (repeat 1): not run: the installed Locust"), text);
    assertTrue(text.contains("- wrk: `wrk -t 2 -c 64 -d 10s --latency http://127.0.0.1:18080/static.txt`"), text);
    assertTrue(text.contains("## 6. Measurement truth and coordinated omission"), text);
    assertTrue(text.contains("- Capacity, Gatling vs wrk (goal ≥ 0.5×): 0.46×, missed"), text);
    assertTrue(text.contains("Gatling's open-model percentiles are within the stated error."), text);
    assertTrue(text.contains("Locust's closed model reports a p99 of 46 ms where 460 ms is expected."), text);
    assertTrue(text.contains("That value is only the p90.7 of the expected distribution"), text);
    assertTrue(text.contains("- `mvn gatling:test` overhead beyond the run time: not measured"), text);
    // Sections that did not run get no region.
    assertTrue(!text.contains(GeneratedRegions.beginMarker("many-users")), text);
  }

  @Test
  void regenerationKeepsForeignSectionsAndUnmeasuredRegions() throws Exception {
    Path doc = temporary.resolve("benchmarks.md");
    String manyUsers = GeneratedRegions.beginMarker("many-users") + "\nfigures of an earlier run\n"
        + GeneratedRegions.endMarker("many-users");
    String report = "## Report pipeline\n\nrecords/s from the report benchmark\n";
    Files.writeString(doc, "# Benchmarks\n\n" + manyUsers + "\n\n## Analysis\n\nhand-written\n\n" + report);

    BenchmarkDocGenerator.generate(runFolder(), doc);
    String once = Files.readString(doc);
    BenchmarkDocGenerator.generate(runFolder(), doc);
    String twice = Files.readString(doc);

    assertTrue(once.contains(manyUsers), once);
    assertTrue(once.contains("## Analysis\n\nhand-written\n"), once);
    assertTrue(once.endsWith(report), once);
    assertTrue(once.indexOf(GeneratedRegions.beginMarker("capacity")) < once.indexOf(manyUsers), once);
    assertEquals(once, twice);
  }

  @Test
  void missingResultsFolderIsInvalidInput() {
    InvalidInputException error = assertThrows(
        InvalidInputException.class,
        () -> BenchmarkDocGenerator.generate(temporary.resolve("absent"), temporary.resolve("doc.md")));
    assertTrue(error.getMessage().contains("absent"), error.getMessage());
  }

  @Test
  void folderWithoutManifestIsInvalidInput() throws IOException {
    Path empty = Files.createDirectory(temporary.resolve("empty"));
    InvalidInputException error = assertThrows(
        InvalidInputException.class, () -> BenchmarkDocGenerator.generate(empty, temporary.resolve("doc.md")));
    assertTrue(error.getMessage().contains("runs.tsv"), error.getMessage());
  }

  @Test
  void failedRunIsListedInsteadOfFigures() throws Exception {
    Path copy = temporary.resolve("run");
    copyFolder(runFolder(), copy);
    Files.writeString(copy.resolve("capacity/wrk/r1/exit_code.txt"), "124\n");

    String text = BenchmarkDocGenerator.render("", SuiteResults.read(copy));

    assertTrue(text.contains("- wrk (repeat 1): exit code 124"), text);
    assertTrue(text.contains("- Gatling ≥ 0.5× wrk: not measured in this run"), text);
  }

  private static void copyFolder(Path source, Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : paths.toList()) {
        Path destination = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(path, destination);
        }
      }
    }
  }
}
