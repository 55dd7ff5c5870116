package org.quarksbench.compare.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.cli.ExitCodes;
import org.quarksbench.compare.CompareRun;
import org.quarksbench.compare.Fixtures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The output files of compare on real Locust 2.12.1 files whose names contain HTML and Markdown characters. */
class OutputFilesTest {
  private static final String LONG_READ =
      "GET /readMessage?channel=<channel>&limit=20&order=asc&format=json-compact";

  @TempDir Path tempDir;

  @Test
  void htmlEscapesNamesAndLoadsNothing() throws IOException {
    Path html = tempDir.resolve("compare.html");

    CompareRun run = CompareRun.of(Fixtures.resource("locust-2.12.1/long-names/console.txt").toString(),
        Fixtures.resource("locust-2.12.1/long-names").toString(), "--html", html.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    String page = Files.readString(html);
    assertTrue(page.contains("<h3>GET /readMessage?channel=&lt;channel&gt;&amp;limit=20"), page);
    assertFalse(page.contains("<channel>"), "names are escaped");
    assertEquals(5, count(page, "<svg "), "one chart per endpoint and Aggregated");
    assertFalse(page.contains("<script"), "no script");
    String withoutSvgNamespace = page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assertFalse(withoutSvgNamespace.contains("http"), "no external file");
    assertFalse(withoutSvgNamespace.contains("src="), "no external file");
  }

  @Test
  void markdownEscapesTableCharacters() throws IOException {
    Path markdown = tempDir.resolve("compare.md");

    CompareRun run = CompareRun.of(Fixtures.resource("locust-2.12.1/long-names/console.txt").toString(),
        Fixtures.resource("locust-2.12.1/long-names").toString(), "--markdown", markdown.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    String text = Files.readString(markdown);
    assertTrue(text.contains("#### GET /readMessage?channel=\\<channel\\>&limit=20&order=asc&format=json-compact\n"),
        text);
    assertTrue(text.contains("| p95 | 26 | 18 | -8 | -30.8% | ok |"), text);
  }

  @Test
  void junitCountsMatchCases() throws Exception {
    Path junit = tempDir.resolve("compare.xml");

    CompareRun run = CompareRun.of(Fixtures.resource("locust-2.12.1/failures/console.txt").toString(),
        Fixtures.resource("locust-2.12.1/clean/console.txt").toString(), "--junit", junit.toString(),
        "--require-all-endpoints");

    assertEquals(ExitCodes.REGRESSION, run.exitCode(), run.toString());
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
    NodeList cases = suite.getElementsByTagName("testcase");
    assertEquals(Integer.toString(cases.getLength()), suite.getAttribute("tests"));
    assertEquals(Integer.toString(suite.getElementsByTagName("failure").getLength()), suite.getAttribute("failures"));
    boolean missingEndpointFailed = false;
    for (int i = 0; i < cases.getLength(); i++) {
      Element testCase = (Element) cases.item(i);
      if (testCase.getAttribute("classname").equals("failures vs clean.GET /readMessage (offline peer)")) {
        assertEquals("present-in-both", testCase.getAttribute("name"));
        missingEndpointFailed = testCase.getElementsByTagName("failure").getLength() == 1;
      }
    }
    assertTrue(missingEndpointFailed, "the offline-peer endpoint is missing from the candidate");
    assertTrue(run.out().contains("failures vs clean: GET /readMessage (offline peer) is missing from the candidate"),
        run.toString());
  }

  @Test
  void jsonHasNullForMissingPercentiles() throws IOException {
    Path periodic = Fixtures.write(tempDir, "periodic.txt",
        Fixtures.firstLines(Fixtures.resource("locust-2.12.1/failures/console.txt"), 150));
    Path json = tempDir.resolve("compare.json");

    CompareRun run = CompareRun.of(periodic.toString(), Fixtures.resource("locust-2.12.1/failures").toString(),
        "--json", json.toString());

    assertEquals(ExitCodes.REGRESSION, run.exitCode(), "failures rose after the periodic table: " + run);
    JsonNode metrics = new ObjectMapper().readTree(json.toFile()).get("report").get("scenarios").get(0)
        .get("aggregated").get("metrics");
    JsonNode p95 = metrics.get(5);
    assertEquals("p95", p95.get("metric").asText());
    assertTrue(p95.get("baseline").isNull(), p95.toString());
    assertEquals(110, p95.get("candidate").asDouble());
    assertEquals("NOT_AVAILABLE", p95.get("verdict").asText());
  }

  @Test
  void thresholdsFileWithUnknownKeyIsBadInput() {
    Path thresholds = Fixtures.write(tempDir, "ci.properties", "p95.relative-percent=10\nlatency.floor=3\n");
    String table = Fixtures.resource("locust-2.12.1/clean/console.txt").toString();

    CompareRun run = CompareRun.of(table, table, "--thresholds", thresholds.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().startsWith("error: unknown threshold key 'latency.floor' in thresholds file " + thresholds),
        run.toString());
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
