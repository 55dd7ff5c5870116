package org.quarksbench.compare.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.InvalidInputException;
import org.quarksbench.compare.Fixtures;
import org.quarksbench.compare.gate.Precision;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ErrorSummary;
import org.quarksbench.report.summary.PercentileValue;
import org.quarksbench.report.summary.ReportSummary;

class LocustCsvReaderTest {
  @TempDir Path tempDir;

  @Test
  void statsAndFailuresOfLocust212() {
    Path stats = Fixtures.resource("locust-2.12.1/failures/locust_stats.csv");
    Path failures = Fixtures.resource("locust-2.12.1/failures/locust_failures.csv");

    LoadedReport report = LocustCsvReader.read(stats, failures, "failures");

    assertEquals(Precision.EXACT, report.precision());
    ReportSummary summary = report.scenarios().get(0);
    assertEquals(5, summary.endpoints().size());
    EndpointSummary read = summary.endpoints().get(0);
    assertEquals("GET", read.method());
    assertEquals("/quarks/readMessage", read.name());
    assertEquals(144, read.requests());
    assertEquals(18, read.failures());
    assertEquals(78.84404681945985, read.averageMillis());
    assertEquals(33.84365200008688, read.minMillis());
    assertEquals(118.17776599991703, read.maxMillis());
    assertEquals(82, read.medianMillis());
    assertEquals(3.692662222325506, read.requestsPerSecond());
    assertEquals(new PercentileValue(0.95, 110), read.percentiles().get(5));
    assertEquals(new PercentileValue(1.0, 120), read.percentiles().get(10));
    assertEquals("", summary.aggregated().method());
    assertEquals(498, summary.aggregated().requests());

    assertEquals(11, summary.errors().size());
    assertEquals(new ErrorSummary("GET", "/quarks/readMessage",
        "ReadTimeout(ReadTimeoutError(\"HTTPConnectionPool(host='127.0.0.1', port=18082): Read timed out."
            + " (read timeout=0.11)\"))", null, 11), summary.errors().get(4));
  }

  @Test
  void notApplicablePercentilesAreLeftOut() {
    Path stats = Fixtures.resource("locust-2.12.1/zero-requests/locust_stats.csv");

    ReportSummary summary = LocustCsvReader.read(stats, null, "zero").scenarios().get(0);

    assertEquals(List.of(), summary.endpoints());
    assertEquals(List.of(), summary.aggregated().percentiles());
    assertEquals(0, summary.aggregated().requests());
  }

  @Test
  void missingColumnsAreNamed() {
    Path stats = Fixtures.write(tempDir, "x_stats.csv",
        "Type,Name,Request Count,Failure Count,Average Response Time\r\n,Aggregated,1,0,2.0\r\n");

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> LocustCsvReader.read(stats, null, "x"));

    assertTrue(error.getMessage().contains("lacks the column(s) Median Response Time, Min Response Time,"
        + " Max Response Time, Requests/s, Failures/s"), error.getMessage());
  }

  @Test
  void rowCutInTheMiddleIsRejected() {
    String text = Fixtures.firstLines(Fixtures.resource("locust-2.12.1/failures/locust_stats.csv"), 3);
    Path stats = Fixtures.write(tempDir, "cut_stats.csv", text + "POST,/sendMessage,65,11,11,11.5");

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> LocustCsvReader.read(stats, null, "cut"));

    assertTrue(error.getMessage().contains("line 4 has 6 fields but the header has 22"), error.getMessage());
  }

  @Test
  void missingAggregatedRowIsRejected() {
    String text = Fixtures.firstLines(Fixtures.resource("locust-2.12.1/failures/locust_stats.csv"), 3);
    Path stats = Fixtures.write(tempDir, "short_stats.csv", text);

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> LocustCsvReader.read(stats, null, "short"));

    assertTrue(error.getMessage().contains("has no Aggregated row"), error.getMessage());
  }

  @Test
  void textInNumberColumnIsNamed() {
    Path stats = Fixtures.write(tempDir, "bad_stats.csv", String.join("\r\n",
        "Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,"
            + "Max Response Time,Average Content Size,Requests/s,Failures/s",
        ",Aggregated,10,0,5,fast,1,9,0,1.0,0.0", ""));

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> LocustCsvReader.read(stats, null, "bad"));

    assertTrue(error.getMessage().contains("line 2: column 'Average Response Time' contains 'fast'"),
        error.getMessage());
  }

  @Test
  void quotedFieldsWithCommasAndQuotes() {
    CsvTable table = CsvTable.parse("a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,\"line\nbreak\",3\r\n");

    assertEquals(List.of(List.of("a", "b,c", "say \"hi\""), List.of("1", "line\nbreak", "3")), table.records());
    assertEquals(List.of(1, 2), table.lineNumbers());
  }
}
