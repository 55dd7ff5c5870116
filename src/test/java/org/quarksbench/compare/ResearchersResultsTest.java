package org.quarksbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.cli.ExitCodes;
import org.quarksbench.compare.input.LoadedReport;
import org.quarksbench.compare.input.ReportLoader;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Compares the Quarks researchers' Locust web-UI downloads of November 2021, read where they lie. The files
 * are third-party data that the repository does not hold, so these tests are skipped where they are absent.
 */
class ResearchersResultsTest {
  @TempDir Path tempDir;
  private Path data;

  @BeforeEach
  void locateData() {
    data = Fixtures.researchersData();
    assumeTrue(data != null, "the researchers' quarks-network-2021 CSV files are not on this machine");
  }

  @Test
  void quarks150UsersAgainst450Users() throws IOException {
    Path json = tempDir.resolve("u150-u450.json");

    CompareRun run = CompareRun.of(data.resolve("quarks/u150").toString(), data.resolve("quarks/u450").toString(),
        "--json", json.toString());

    assertEquals(ExitCodes.REGRESSION, run.exitCode(), run.toString());
    assertTrue(run.out().contains("u150 vs u450: POST /sendMessage p95 grew by 107000 ms (+823.1 %), from 13000"
        + " to 120000"), run.toString());
    assertTrue(run.out().contains("u150 vs u450: POST /sendMessage failure % grew by 21.87 percentage points"),
        run.toString());

    JsonNode scenario = new ObjectMapper().readTree(json.toFile()).get("report").get("scenarios").get(0);
    JsonNode read = scenario.get("endpoints").get(0);
    assertEquals("GET /readMessage", read.get("label").asText());
    JsonNode requests = read.get("metrics").get(0);
    assertEquals(3653, requests.get("baseline").asDouble());
    assertEquals(4707, requests.get("candidate").asDouble());
    JsonNode median = read.get("metrics").get(3);
    assertEquals("median", median.get("metric").asText());
    assertEquals(2200, median.get("baseline").asDouble());
    assertEquals(4900, median.get("candidate").asDouble());
    JsonNode throughput = scenario.get("aggregated").get("metrics").get(8);
    assertEquals(18.12140199863419, throughput.get("baseline").asDouble());
    assertEquals(22.78976932342273, throughput.get("candidate").asDouble());
    assertEquals("IMPROVED", throughput.get("verdict").asText());
  }

  @Test
  void centralizedRunWithoutFailuresFile() {
    LoadedReport report = ReportLoader.load(data.resolve("centralized/u150"), null, "baseline");

    ReportSummary summary = report.scenarios().get(0);
    assertEquals("u150", summary.scenario());
    EndpointSummary read = summary.endpoints().get(0);
    assertEquals("POST", read.method());
    assertEquals("/readMessage", read.name());
    assertEquals(9064, read.requests());
    assertEquals(321, read.failures());
    assertEquals(290.71560097572814, read.averageMillis());
    assertEquals(13650, summary.aggregated().requests());
    assertEquals(0, summary.errors().size());
  }

  @Test
  void centralizedAgainstQuarksWithMappedRead() {
    CompareRun run = CompareRun.of(data.resolve("centralized/u450").toString(),
        data.resolve("quarks/u450").toString(), "--map", "POST /readMessage=GET /readMessage");

    assertEquals(ExitCodes.REGRESSION, run.exitCode(), run.toString());
    assertTrue(run.out().contains("\nPOST /readMessage vs GET /readMessage\n"), run.toString());
    assertTrue(run.out().contains("u450: POST /readMessage vs GET /readMessage median grew by 4630 ms"),
        run.toString());
  }
}
