package org.quarksbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarksbench.report.format.Layout;
import org.quarksbench.report.log.SimulationLogWriter;

/**
 * Compares the report with what Locust 2.12.1 printed and wrote for the same response times.
 *
 * <p>The expected files come from src/test/locust-golden/generate.py, which fed each case's samples to Locust's
 * stats module. Here the same samples become a simulation.log, so the whole pipeline is checked: reader,
 * statistics, error wording and formatting.
 */
class LocustGoldenTest {
  private static final String SCENARIO = "golden";
  private static final JsonNode CASES = readCases();

  @TempDir Path folder;

  static Stream<String> caseNames() {
    List<String> names = new ArrayList<>();
    CASES.get("cases").fieldNames().forEachRemaining(names::add);
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("caseNames")
  void consoleMatchesLocust29Layout(String name) throws IOException {
    ScenarioReport report = reportOf(name, Layout.LOCUST_2_9);

    assertEquals(golden(name, "console.txt"), report.consoleText(), "console text of case " + name);
  }

  @ParameterizedTest
  @MethodSource("caseNames")
  void statsCsvMatchesLocust(String name) throws IOException {
    Path output = folder.resolve("out");
    reportOf(name, Layout.LOCUST_2_9).writeTo(output);

    assertEquals(golden(name, "locust_stats.csv"), Files.readString(output.resolve("locust_stats.csv")),
        "locust_stats.csv of case " + name);
  }

  @ParameterizedTest
  @MethodSource("caseNames")
  void failuresCsvMatchesLocust(String name) throws IOException {
    Path output = folder.resolve("out");
    reportOf(name, Layout.LOCUST_2_9).writeTo(output);

    assertEquals(golden(name, "locust_failures.csv"), Files.readString(output.resolve("locust_failures.csv")),
        "locust_failures.csv of case " + name);
  }

  @ParameterizedTest
  @MethodSource("caseNames")
  void historyCsvMatchesLocust(String name) throws IOException {
    Path output = folder.resolve("out");
    reportOf(name, Layout.LOCUST_2_9).writeTo(output);

    assertEquals(golden(name, "locust_stats_history.csv"),
        Files.readString(output.resolve("locust_stats_history.csv")), "locust_stats_history.csv of case " + name);
  }

  @ParameterizedTest
  @MethodSource("caseNames")
  void seedLayoutShowsLocustNumbers(String name) throws IOException {
    String expected = golden(name, "console.txt");
    String actual = reportOf(name, Layout.LOCUST_2_8).consoleText();

    assertEquals(numbersByLine(expected), numbersByLine(actual), "numbers of case " + name + " in layout locust-2.8");
  }

  private ScenarioReport reportOf(String name, Layout layout) throws IOException {
    Path log = folder.resolve(name + ".log");
    writeLog(CASES.get("cases").get(name), log);
    ReportOptions options = ReportOptions.defaults()
        .withLayout(layout)
        .withTargetUrls(Map.of(SCENARIO, CASES.get("targetUrl").asText()));
    List<ScenarioReport> reports = LocustReport.build(List.of(log), options);
    assertEquals(1, reports.size(), "reports for case " + name);
    return reports.get(0);
  }

  /** Writes the samples as Gatling would: one user starting at the run start, requests in end order. */
  private static void writeLog(JsonNode samples, Path file) throws IOException {
    List<JsonNode> ordered = new ArrayList<>();
    samples.forEach(ordered::add);
    ordered.sort(Comparator.comparingInt(sample -> sample.get("endOffsetMillis").asInt()));
    try (SimulationLogWriter writer = new SimulationLogWriter(file)) {
      writer.run("3.16.0", "golden.GoldenSimulation", CASES.get("startEpochMillis").asLong(), List.of(SCENARIO));
      writer.user(0, true, 0);
      for (JsonNode sample : ordered) {
        int end = sample.get("endOffsetMillis").asInt();
        int start = end - sample.get("responseTimeMillis").asInt();
        JsonNode failure = sample.get("failure");
        boolean ok = failure.isNull();
        String requestName = sample.get("method").asText() + " " + sample.get("name").asText();
        writer.request(List.of(SCENARIO), requestName, start, end, ok, ok ? "" : failure.get("gatling").asText());
      }
    }
  }

  /**
   * Returns each line's whitespace-separated tokens after the name, so the layouts can be compared on their
   * numbers: the main and percentile tables' values and the error counts.
   */
  private static List<List<String>> numbersByLine(String console) {
    List<List<String>> numbers = new ArrayList<>();
    for (String line : console.split("\n")) {
      List<String> tokens = Arrays.asList(line.trim().split("\\s+"));
      List<String> numeric = new ArrayList<>();
      for (String token : tokens) {
        if (token.matches("[0-9]+(\\.[0-9]+)?|[0-9]+\\([0-9.]+%\\)")) {
          numeric.add(token);
        }
      }
      if (!numeric.isEmpty() && !line.contains("|-") && !line.startsWith("-")) {
        numbers.add(numeric);
      }
    }
    return numbers;
  }

  private static String golden(String name, String file) {
    try (InputStream in = LocustGoldenTest.class.getResourceAsStream("/locust-golden/" + name + "/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource locust-golden/" + name + "/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readCases() {
    try (InputStream in = LocustGoldenTest.class.getResourceAsStream("/locust-golden/cases.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
