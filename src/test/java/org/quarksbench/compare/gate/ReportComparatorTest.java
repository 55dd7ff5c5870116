package org.quarksbench.compare.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarksbench.compare.Summaries;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ReportSummary;

class ReportComparatorTest {
  private static final EndpointSummary SEND =
      Summaries.endpoint("POST", "/sendMessage", 100, 0, 20.4, 18, 30, 40, 90.7, 5.0);
  private static final EndpointSummary READ =
      Summaries.endpoint("POST", "/readMessage", 200, 2, 10.2, 9, 15, 20, 50.0, 10.0);
  private static final EndpointSummary TOTAL =
      Summaries.endpoint("", "Aggregated", 300, 2, 13.6, 12, 25, 30, 90.7, 15.0);

  private final ReportComparator comparator = new ReportComparator(Thresholds.defaults(), List.of(), false);

  @Test
  void sameReportHasNoFailure() {
    ReportSummary report = Summaries.scenario("centralized", TOTAL, READ, SEND);

    ScenarioComparison result = comparator.compare(report, report, Precision.EXACT);

    assertEquals(List.of(), result.failures());
    assertEquals(List.of(), result.notes());
    assertEquals(2, result.endpoints().size());
    assertEquals(Presence.BOTH, result.endpoints().get(0).presence());
  }

  @Test
  void slowerEndpointIsNamedWithMetric() {
    EndpointSummary slowRead = Summaries.endpoint("POST", "/readMessage", 200, 2, 10.2, 9, 15, 70, 80.0, 10.0);
    ScenarioComparison result = comparator.compare(Summaries.scenario("centralized", TOTAL, READ, SEND),
        Summaries.scenario("centralized", TOTAL, slowRead, SEND), Precision.EXACT);

    assertEquals(List.of("centralized: POST /readMessage p95 grew by 50 ms (+250.0 %), from 20 to 70;"
        + " allowed worsening 25 ms"), result.failures());
  }

  @Test
  void endpointsInOneReportAreListed() {
    ScenarioComparison result = comparator.compare(Summaries.scenario("a", TOTAL, READ, SEND),
        Summaries.scenario("b", TOTAL, SEND), Precision.EXACT);

    assertEquals(Presence.BASELINE_ONLY, result.endpoints().get(0).presence());
    assertEquals("POST /readMessage", result.endpoints().get(0).label());
    assertEquals(List.of(), result.failures(), "a missing endpoint fails only with --require-all-endpoints");

    ReportComparator strict = new ReportComparator(Thresholds.defaults(), List.of(), true);
    assertEquals(List.of("a vs b: POST /readMessage is missing from the candidate"),
        strict.compare(Summaries.scenario("a", TOTAL, READ, SEND), Summaries.scenario("b", TOTAL, SEND),
            Precision.EXACT).failures());
  }

  @Test
  void noCommonEndpointComparesAggregatedAndSaysSo() {
    EndpointSummary quarksRead = Summaries.endpoint("GET", "/readMessage", 200, 2, 10.2, 9, 15, 20, 50.0, 10.0);

    ScenarioComparison result = comparator.compare(Summaries.scenario("centralized", TOTAL, READ),
        Summaries.scenario("quarks", TOTAL, quarksRead), Precision.EXACT);

    assertTrue(result.notes().get(0).startsWith("No endpoint matched"), result.notes().toString());
    assertEquals(Presence.BOTH, result.aggregated().presence());
    assertEquals(Metric.values().length, result.aggregated().metrics().size());
  }

  @Test
  void mappingPairsDifferentNames() {
    EndpointSummary quarksRead = Summaries.endpoint("GET", "/readMessage", 200, 2, 10.2, 9, 15, 20, 50.0, 10.0);
    ReportComparator mapped = new ReportComparator(Thresholds.defaults(),
        List.of(new NameMapping("POST /readMessage", "GET /readMessage")), false);

    ScenarioComparison result = mapped.compare(Summaries.scenario("centralized", TOTAL, READ, SEND),
        Summaries.scenario("quarks", TOTAL, quarksRead, SEND), Precision.EXACT);

    assertEquals("POST /readMessage vs GET /readMessage", result.endpoints().get(0).label());
    assertEquals(Presence.BOTH, result.endpoints().get(0).presence());
    assertEquals(List.of(), result.notes());
  }

  @Test
  void consolePrecisionHidesSubMillisecondDifferences() {
    EndpointSummary exact = Summaries.endpoint("POST", "/sendMessage", 100, 0, 20.9, 18, 30, 40, 90.7, 5.004);
    EndpointSummary printed = Summaries.endpoint("POST", "/sendMessage", 100, 0, 20, 18, 30, 40, 90, 5.0);

    ScenarioComparison result = comparator.compare(Summaries.scenario("a", TOTAL, exact),
        Summaries.scenario("a", TOTAL, printed), Precision.CONSOLE);

    for (MetricComparison metric : result.endpoints().get(0).metrics()) {
      assertEquals(0.0, metric.absoluteChange(), metric.metric().key());
    }
  }
}
