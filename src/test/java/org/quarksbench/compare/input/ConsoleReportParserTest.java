package org.quarksbench.compare.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.InvalidInputException;
import org.quarksbench.compare.Fixtures;
import org.quarksbench.compare.gate.Precision;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ErrorSummary;
import org.quarksbench.report.summary.PercentileValue;
import org.quarksbench.report.summary.ReportSummary;

class ConsoleReportParserTest {
  @TempDir Path tempDir;

  @Test
  void locust28LayoutWithProseAround() {
    LoadedReport report = ConsoleReportParser.parse(Fixtures.resource("locust-2.8/locust-2.8-summary.txt"), "locust-2.8");
    ReportSummary summary = report.scenarios().get(0);

    assertEquals(Precision.CONSOLE, report.precision());
    assertEquals(2, summary.endpoints().size());
    EndpointSummary read = summary.endpoints().get(0);
    assertEquals("GET", read.method());
    assertEquals("/readMessage", read.name());
    assertEquals(5790, read.requests());
    assertEquals(568, read.failures());
    assertEquals(16519, read.averageMillis());
    assertEquals(7, read.minMillis());
    assertEquals(120971, read.maxMillis());
    assertEquals(5800, read.medianMillis());
    assertEquals(9.55, read.requestsPerSecond());
    assertEquals(0.94, read.failuresPerSecond());
    assertEquals(11, read.percentiles().size());
    assertEquals(new PercentileValue(0.9, 13000), read.percentiles().get(4));
    assertEquals(new PercentileValue(0.9999, 121000), read.percentiles().get(9));

    EndpointSummary aggregated = summary.aggregated();
    assertEquals("", aggregated.method());
    assertEquals("Aggregated", aggregated.name());
    assertEquals(8551, aggregated.requests());
    assertEquals(1197, aggregated.failures());
    assertEquals(14.10, aggregated.requestsPerSecond());
    assertEquals(new PercentileValue(0.95, 120000), aggregated.percentiles().get(5));
    assertEquals(8551 / 14.10, summary.durationSeconds(), 1e-9);
  }

  @Test
  void locust28ErrorReportSplitsMethodAndName() {
    ReportSummary summary = ConsoleReportParser.parse(Fixtures.resource("locust-2.8/locust-2.8-summary.txt"), "locust-2.8")
        .scenarios().get(0);

    assertEquals(4, summary.errors().size());
    assertEquals(new ErrorSummary("POST", "/sendMessage",
        "ConnectionResetError(104, 'Connection reset by peer')", null, 4), summary.errors().get(0));
    assertEquals(new ErrorSummary("GET", "/readMessage",
        "RemoteDisconnected('Remote end closed connection without response')", null, 561), summary.errors().get(3));
  }

  @Test
  void locust212TakesFinalSummaryNotPeriodicTables() {
    ReportSummary summary = ConsoleReportParser.parse(
        Fixtures.resource("locust-2.12.1/failures/console.txt"), "failures").scenarios().get(0);

    List<String> names = summary.endpoints().stream().map(e -> e.method() + " " + e.name()).toList();
    assertEquals(List.of("GET /quarks/readMessage", "POST /quarks/sendMessage", "GET /readMessage",
        "GET /readMessage (offline peer)", "POST /sendMessage"), names);
    EndpointSummary offline = summary.endpoints().get(3);
    assertEquals(69, offline.requests());
    assertEquals(69, offline.failures());
    assertEquals(1.74, offline.requestsPerSecond());
    assertEquals(new PercentileValue(0.98, 15), offline.percentiles().get(6));
    assertEquals(502, summary.aggregated().requests());
    assertEquals(111, summary.aggregated().failures());
    assertEquals(12.69, summary.aggregated().requestsPerSecond());
    assertEquals(13, summary.aggregated().medianMillis());
  }

  @Test
  void locust212ErrorReportKeepsLongErrorText() {
    ReportSummary summary = ConsoleReportParser.parse(
        Fixtures.resource("locust-2.12.1/failures/console.txt"), "failures").scenarios().get(0);

    assertEquals(11, summary.errors().size());
    ErrorSummary offline = summary.errors().get(0);
    assertEquals("/readMessage (offline peer)", offline.name());
    assertEquals("ConnectionRefusedError(111, 'Connection refused')", offline.error());
    assertEquals(69, offline.occurrences());
    ErrorSummary timeout = summary.errors().get(7);
    assertEquals("/quarks/readMessage", timeout.name());
    assertEquals("ReadTimeout(ReadTimeoutError(\"HTTPConnectionPool(host='127.0.0.1', port=18082): Read timed out."
        + " (read timeout=0.11)\"))", timeout.error());
  }

  @Test
  void longNamesPushColumnsRight() {
    ReportSummary summary = ConsoleReportParser.parse(
        Fixtures.resource("locust-2.12.1/long-names/console.txt"), "long-names").scenarios().get(0);

    EndpointSummary longest = summary.endpoints().get(0);
    assertEquals("/quarks/readMessage?channel=<channel>&replicas=3&consistency=eventual&peerSelection=nearest"
        + "&includeTombstones=false&pageSize=20&x=yz", longest.name());
    assertEquals(42, longest.requests());
    assertEquals(89, longest.medianMillis());
    assertEquals(2.15, longest.requestsPerSecond());
    assertEquals(new PercentileValue(0.5, 89), longest.percentiles().get(0));
    EndpointSummary send = summary.endpoints().get(3);
    assertEquals(24, send.requests());
    assertEquals(new PercentileValue(1.0, 25), send.percentiles().get(10));
    assertEquals("HTTPError('500 Server Error: Internal Server Error for url: /sendMessage?channel=<channel>"
        + "&priority=normal&deliveryMode=at-least-once&traceparent=enabled&x=1')", summary.errors().get(0).error());
  }

  @Test
  void zeroRequestRunHasEmptyTables() {
    ReportSummary summary = ConsoleReportParser.parse(
        Fixtures.resource("locust-2.12.1/zero-requests/console.txt"), "zero").scenarios().get(0);

    assertEquals(List.of(), summary.endpoints());
    assertEquals(0, summary.aggregated().requests());
    assertEquals(List.of(), summary.aggregated().percentiles());
    assertEquals(0, summary.durationSeconds());
  }

  @Test
  void oneRequestRun() {
    ReportSummary summary = ConsoleReportParser.parse(
        Fixtures.resource("locust-2.12.1/one-request/console.txt"), "one").scenarios().get(0);

    assertEquals(1, summary.endpoints().size());
    assertEquals(37.28, summary.aggregated().requestsPerSecond());
    assertEquals(24, summary.endpoints().get(0).medianMillis());
  }

  @Test
  void gluedMaxAndMedianSplitByMedWidth() {
    String table = String.join("\n",
        "Type     Name                                                                          # reqs      # fails |    Avg     Min     Max    Med |   req/s  failures/s",
        "--------|----------------------------------------------------------------------------|-------|-------------|-------|-------|-------|-------|--------|-----------",
        "GET      /slow                                                                             3     0(0.00%) | 1100000 1000000 12345671200000 |    0.01        0.00",
        "--------|----------------------------------------------------------------------------|-------|-------------|-------|-------|-------|-------|--------|-----------",
        "         Aggregated                                                                        3     0(0.00%) | 1100000 1000000 12345671200000 |    0.01        0.00",
        "");
    Path file = Fixtures.write(tempDir, "glued.txt", table);

    LoadedReport report = ConsoleReportParser.parse(file, "glued");

    EndpointSummary slow = report.scenarios().get(0).endpoints().get(0);
    assertEquals(1234567, slow.maxMillis());
    assertEquals(1200000, slow.medianMillis());
    assertEquals(1, report.warnings().size(), "a table without percentiles gets a warning");
  }

  @Test
  void locust10LayoutWithCountFirst() {
    String name = "%-60s";
    String table = String.join("\n",
        String.format(Locale.ROOT, " " + name + " %7s %12s %7s %7s %7s  | %7s %7s %7s", "Name", "# reqs", "# fails", "Avg", "Min",
            "Max", "Median", "req/s", "failures/s"),
        "-".repeat(140),
        String.format(Locale.ROOT, " " + name + " %7d %12s %7d %7d %7d  | %7d %7.2f %7.2f", "GET /a", 5, "1(20.00%)", 247, 12, 998,
            42, 0.5, 0.1),
        "-".repeat(140),
        String.format(Locale.ROOT, " " + name + " %7d %12s %7d %7d %7d  | %7d %7.2f %7.2f", "Aggregated", 5, "1(20.00%)", 247, 12,
            998, 42, 0.5, 0.1),
        "",
        "Percentage of the requests completed within given times",
        String.format(Locale.ROOT, " %-20s %-60s %8s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s", "Type", "Name", "# reqs", "50%",
            "66%", "75%", "80%", "90%", "95%", "98%", "99%", "99.9%", "99.99%", "100%"),
        "-".repeat(150),
        String.format(Locale.ROOT, " %-20s %-60s %8d %6d %6d %6d %6d %6d %6d %6d %6d %6d %6d %6d", "GET", "/a", 5, 42, 150, 150,
            1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000),
        "-".repeat(150),
        String.format(Locale.ROOT, " %-20s %-60s %8d %6d %6d %6d %6d %6d %6d %6d %6d %6d %6d %6d", "None", "Aggregated", 5, 42, 150, 150,
            1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000),
        "");
    Path file = Fixtures.write(tempDir, "locust-1.0.txt", table);

    ReportSummary summary = ConsoleReportParser.parse(file, "a").scenarios().get(0);

    EndpointSummary a = summary.endpoints().get(0);
    assertEquals("GET", a.method());
    assertEquals("/a", a.name());
    assertEquals(1, a.failures());
    assertEquals(998, a.maxMillis());
    assertEquals(42, a.medianMillis());
    assertEquals(new PercentileValue(0.5, 42), a.percentiles().get(0));
    assertEquals(new PercentileValue(0.66, 150), a.percentiles().get(1));
    assertEquals(new PercentileValue(1.0, 1000), summary.aggregated().percentiles().get(10));
  }

  @Test
  void tableCutBeforeAggregatedRowIsRejected() {
    Path summary = Fixtures.resource("locust-2.8/locust-2.8-summary.txt");
    Path cut = Fixtures.write(tempDir, "cut.txt", Fixtures.firstLines(summary, 19));

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> ConsoleReportParser.parse(cut, "cut"));

    assertTrue(error.getMessage().contains("is cut at line 20"), error.getMessage());
  }

  @Test
  void percentileTableCutIsRejected() {
    Path summary = Fixtures.resource("locust-2.8/locust-2.8-summary.txt");
    Path cut = Fixtures.write(tempDir, "cut.txt", Fixtures.firstLines(summary, 27));

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> ConsoleReportParser.parse(cut, "cut"));

    assertTrue(error.getMessage().contains("the last percentile table"), error.getMessage());
    assertTrue(error.getMessage().contains("is cut at line 28"), error.getMessage());
  }

  @Test
  void errorReportCutIsRejected() {
    Path summary = Fixtures.resource("locust-2.8/locust-2.8-summary.txt");
    Path cut = Fixtures.write(tempDir, "cut.txt", Fixtures.firstLines(summary, 34));

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> ConsoleReportParser.parse(cut, "cut"));

    assertTrue(error.getMessage().contains("the last error report"), error.getMessage());
  }

  @Test
  void textWithoutTableIsRejected() {
    Path file = Fixtures.write(tempDir, "notes.txt", "just some notes\nand no table\n");

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> ConsoleReportParser.parse(file, "notes"));

    assertTrue(error.getMessage().startsWith("no Locust request table found in " + file), error.getMessage());
  }
}
