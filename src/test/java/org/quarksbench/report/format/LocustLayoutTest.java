package org.quarksbench.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Checks the layouts against tables that Locust itself printed: its numbers are read back from each table,
 * rendered again, and compared line by line, trailing spaces included.
 */
class LocustLayoutTest {
  private static final String TITLE = "Response time percentiles (approximated)";

  @ParameterizedTest
  @ValueSource(strings = {"clean", "failures", "long-names", "one-request", "zero-requests", "tags-quarks"})
  void locust2121FinalTablesRenderAlike(String fixture) {
    List<String> expected = finalTables(resource("/locust-2.12.1/" + fixture + "/console.txt"));
    ReportSummary summary = LocustTableParser.parse(expected, Layout.LOCUST_2_9);

    List<String> actual = lines(ConsoleReport.render(summary, Layout.LOCUST_2_9, 80, TITLE));

    assertLinesEqual(expected, actual, fixture);
  }

  @Test
  void seedTableRendersAlikeInLocust28Layout() {
    List<String> expected = seedTables(resource("/locust-2.8/messaging-readme.txt"));
    ReportSummary summary = LocustTableParser.parse(expected, Layout.LOCUST_2_8);

    List<String> actual = lines(ConsoleReport.render(summary, Layout.LOCUST_2_8, 80, TITLE));

    assertLinesEqual(expected, actual, "seed table");
  }

  @Test
  void seedTableHasLocust28Widths() {
    List<String> table = seedTables(resource("/locust-2.8/messaging-readme.txt"));

    assertEquals(159, table.get(0).length(), "main header: W + 79");
    assertEquals(160, table.get(1).length(), "main separator: W + 80 dashes");
    assertEquals(156, table.get(2).length(), "main row: W + 76");
    assertEquals(176, table.get(8).length(), "percentile header: W + 96");
    assertEquals(177, table.get(9).length(), "percentile separator: W + 97");
    assertEquals(120, table.get(16).length(), "error header");
  }

  @Test
  void locust2121CsvHeadersMatch() {
    String stats = resource("/locust-2.12.1/failures/locust_stats.csv");
    String failures = resource("/locust-2.12.1/failures/locust_failures.csv");
    String history = resource("/locust-2.12.1/failures/locust_stats_history.csv");
    ReportSummary empty = LocustTableParser.parse(
        finalTables(resource("/locust-2.12.1/zero-requests/console.txt")), Layout.LOCUST_2_9);
    List<Double> fractions = org.quarksbench.report.ReportOptions.LOCUST_PERCENTILES;

    assertEquals(firstLine(stats), firstLine(LocustCsv.stats(empty)), "locust_stats.csv header");
    assertEquals(firstLine(failures), firstLine(LocustCsv.failures(empty)), "locust_failures.csv header");
    assertEquals(firstLine(history), firstLine(LocustCsv.history(List.of(), fractions)), "history header");
    assertTrue(LocustCsv.stats(empty).endsWith("\r\n"), "rows end with CRLF");
  }

  private static void assertLinesEqual(List<String> expected, List<String> actual, String what) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), what + ", line " + (i + 1));
    }
    assertEquals(expected.size(), actual.size(), what + ": line count");
  }

  /** Returns the lines after the last "Shutting down" log line: the final tables, each followed by an empty line. */
  private static List<String> finalTables(String console) {
    List<String> all = lines(console);
    int start = 0;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).contains("Shutting down (exit code")) {
        start = i + 1;
      }
    }
    return new ArrayList<>(all.subList(start, all.size()));
  }

  /** Returns the lines from the table header to the empty line after the error report, without the prose. */
  private static List<String> seedTables(String text) {
    List<String> all = lines(text);
    int start = -1;
    int end = -1;
    for (int i = 0; i < all.size(); i++) {
      if (start < 0 && all.get(i).startsWith(" Name ")) {
        start = i;
      }
      if (start >= 0 && all.get(i).equals("Error report")) {
        end = i + 3;
        while (!all.get(end).startsWith("---")) {
          end++;
        }
        end += 2;
        break;
      }
    }
    return new ArrayList<>(all.subList(start, end));
  }

  private static String firstLine(String text) {
    return text.substring(0, text.indexOf("\r\n"));
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static String resource(String path) {
    try (InputStream in = LocustLayoutTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
