package org.quarksbench.bench.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quarksbench.bench.latency.StallModel;
import org.quarksbench.bench.results.RunMeasurement;
import org.quarksbench.bench.results.RunRecord;

class SectionFiguresTest {
  @Test
  void expectedRequestsOfOneUserWithFixedWait() {
    // Requests at 0, 3, 6, ..., 297 s: 100, and the renewal offset for a fixed cycle is -0.5.
    RunRecord record = record(Map.of("users", "1", "spawnRate", "1", "runSeconds", "300",
        "minPauseSeconds", "3", "maxPauseSeconds", "3"));

    assertEquals(100.5, ManyUsersSection.expectedRequests(record), 1e-9);
  }

  @Test
  void expectedRequestsGrowWithRampedUsers() {
    // 2,000 users at 500 users/s (4 s ramp), 30 s run, waits 1-5 s: the quick suite's settings.
    RunRecord record = record(Map.of("users", "2000", "spawnRate", "500", "runSeconds", "30",
        "minPauseSeconds", "1", "maxPauseSeconds", "5"));

    double expected = ManyUsersSection.expectedRequests(record);
    // Each user: 1 + (30 - start) / 3 - 0.426; starts spread evenly over 4 s.
    assertEquals(2000 * (1 + (30 - 2.0) / 3 - 0.4259), expected, 5);
  }

  @Test
  void kneeIsFewestConnectionsNearBestRate() {
    Map<Integer, List<RunMeasurement>> sweep = new TreeMap<>();
    sweep.put(1, List.of(run(100)));
    sweep.put(4, List.of(run(850)));
    sweep.put(16, List.of(run(930)));
    sweep.put(64, List.of(run(1000)));

    assertEquals(16, ServersSection.kneeConnections(sweep));
  }

  @Test
  void truthToleranceAcceptsValueOrRankErrors() {
    StallModel model = new StallModel(5, 15, 5000, 500);
    double expectedP95 = model.expectedPercentileMillis(95);
    double expectedP50 = model.expectedPercentileMillis(50);

    // 14 ms above at p95 is beyond 3 ms + 3 %, but inside the stall it moves the rank by 0.28 points.
    assertTrue(TruthSection.withinTolerance(model, List.of(reported("p95", expectedP95 + 14)), "p95", expectedP95)
        .startsWith("yes"));
    // 40 ms above at p95 moves the rank by 0.8 points.
    assertTrue(TruthSection.withinTolerance(model, List.of(reported("p95", expectedP95 + 40)), "p95", expectedP95)
        .startsWith("no"));
    // 1.4 ms above at p50 is a large rank error but within 3 ms + 3 %.
    assertTrue(TruthSection.withinTolerance(model, List.of(reported("p50", expectedP50 + 1.4)), "p50", expectedP50)
        .startsWith("yes"));
    assertEquals("p90.9", TruthSection.trueRank(model, List.of(reported("p99", 57)), "p99").substring(0, 5));
  }

  private static RunRecord record(Map<String, String> parameters) {
    return new RunRecord("many-users", "gatling", "1", "gatling", Path.of("."), parameters, "");
  }

  private static RunMeasurement run(double requestsPerSecond) {
    RunRecord record = new RunRecord("servers", "t", "1", "wrk", Path.of("."), Map.of(), "");
    return new RunMeasurement(record, null, 1, 0, requestsPerSecond, 0, 0, 0, Map.of());
  }

  private static RunMeasurement reported(String percentile, double millis) {
    RunRecord record = new RunRecord("truth", "gatling-open", "1", "gatling", Path.of("."), Map.of(), "");
    return new RunMeasurement(record, null, 1, 0, 1, 0, 0, 0, Map.of(percentile, millis));
  }
}
