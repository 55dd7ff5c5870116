package org.quarksbench.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
  private static final long START = 1_796_416_000_000L;

  @Test
  void rowsCoverEverySecondWithCumulativeTotals() {
    ScenarioStats stats = new ScenarioStats("s", PercentileMode.LOCUST);
    stats.noteRunStart(START);
    stats.recordUser(true, START + 100);
    stats.recordUser(true, START + 1_100);
    for (int second = 0; second < 20; second++) {
      for (int i = 0; i < 4; i++) {
        stats.recordRequest(new EndpointKey("GET", "/a"), 10 + i, i != 0 || second % 2 == 1, START + second * 1_000L + 500,
            "boom");
      }
    }
    stats.recordUser(false, START + 20_200);

    List<HistoryRow> rows = History.rows(stats, List.of(0.5, 1.0));

    assertEquals(21, rows.size());
    assertEquals(START / 1000, rows.get(0).timestampSeconds());
    assertEquals(1, rows.get(0).userCount());
    assertEquals(2, rows.get(1).userCount());
    assertEquals(1, rows.get(20).userCount());
    assertEquals(4, rows.get(0).requests());
    assertEquals(80, rows.get(19).requests());
    assertEquals(10, rows.get(19).failures());
    assertEquals(List.of(12L, 13L), rows.get(19).percentilesMillis());
  }

  @Test
  void currentRateFollowsLocustWindow() {
    ScenarioStats stats = new ScenarioStats("s", PercentileMode.LOCUST);
    stats.noteRunStart(START);
    for (int second = 0; second < 20; second++) {
      for (int i = 0; i <= second; i++) {
        stats.recordRequest(new EndpointKey("GET", "/a"), 5, true, START + second * 1_000L + 10, "");
      }
    }

    List<HistoryRow> rows = History.rows(stats, List.of(0.5));

    assertEquals(0.0, rows.get(2).currentRequestsPerSecond(), "seconds 0..-1: empty window");
    assertEquals(1.0, rows.get(3).currentRequestsPerSecond(), "second 0 only: 1 request");
    assertEquals((1 + 2 + 3 + 4 + 5 + 6) / 6.0, rows.get(8).currentRequestsPerSecond(), 1e-12, "seconds 0..5");
    assertEquals((8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17) / 10.0, rows.get(19).currentRequestsPerSecond(),
        1e-12, "seconds 7..16: L - 12 to L - 3");
  }

  @Test
  void scenarioWithoutRequestsHasOneEmptyRow() {
    ScenarioStats stats = new ScenarioStats("s", PercentileMode.LOCUST);
    stats.noteRunStart(START);

    List<HistoryRow> rows = History.rows(stats, List.of(0.5));

    assertEquals(1, rows.size());
    assertEquals(0, rows.get(0).requests());
    assertEquals(List.of(), rows.get(0).percentilesMillis());
  }
}
