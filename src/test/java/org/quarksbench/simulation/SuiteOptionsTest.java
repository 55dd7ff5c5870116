package org.quarksbench.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarksbench.InvalidInputException;

class SuiteOptionsTest {
  private static SuiteOptions options(Map<String, String> properties) {
    return SuiteOptions.from(properties::get);
  }

  @Test
  void defaultsMatchTheOriginalRuns() {
    SuiteOptions options = options(Map.of());

    assertEquals(50, options.users());
    assertEquals(5.0, options.spawnRate());
    assertEquals(Duration.ofSeconds(60), options.runTime());
    assertEquals(Duration.ofSeconds(180), options.requestTimeout());
    assertEquals(URI.create("http://127.0.0.1:3000"), options.effectiveUrl(ScenarioKind.CENTRALIZED));
    assertEquals(URI.create("http://127.0.0.1:3001"), options.effectiveUrl(ScenarioKind.QUARKS));
    assertTrue(options.targetUrl(ScenarioKind.QUARKS).isEmpty());
    assertFalse(options.keepData());
    assertEquals("locust-2.8", options.reportLayout());
    assertEquals(Duration.ofSeconds(10), options.quarksReadWindow());
  }

  @Test
  void readsEveryOption() {
    SuiteOptions options = options(Map.ofEntries(
        Map.entry("users", "150"), Map.entry("spawnRate", "10"), Map.entry("runTime", "5m"),
        Map.entry("tags", "quarks"), Map.entry("quarksUrl", "http://127.0.0.1:9000/"),
        Map.entry("requestTimeout", "30s"), Map.entry("gatewayPorts", "4001,4002,4003"),
        Map.entry("keepData", "true"), Map.entry("serverArgs", "--inject-latency readMessage=50ms"),
        Map.entry("reportLayout", "locust-2.9"), Map.entry("reportsDir", "target/regression/runs"),
        Map.entry("quarksReadWindow", "600s")));

    assertEquals(150, options.users());
    assertEquals(10.0, options.spawnRate());
    assertEquals(Duration.ofMinutes(5), options.runTime());
    assertEquals(List.of(ScenarioKind.QUARKS), options.tagSelection().scenarios());
    assertEquals(URI.create("http://127.0.0.1:9000"), options.effectiveUrl(ScenarioKind.QUARKS));
    assertEquals(Duration.ofSeconds(30), options.requestTimeout());
    assertEquals(List.of(4001, 4002, 4003), options.gatewayPorts());
    assertTrue(options.keepData());
    assertEquals(List.of("--inject-latency", "readMessage=50ms"), options.serverArgs());
    assertEquals("locust-2.9", options.reportLayout());
    assertEquals(java.util.Optional.of(java.nio.file.Path.of("target/regression/runs")), options.reportsDir());
    assertEquals(Duration.ofSeconds(600), options.quarksReadWindow());
  }

  @Test
  void zeroRunTimeIsRejected() {
    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> options(Map.of("runTime", "0s")));

    assertTrue(error.getMessage().contains("runTime"), error.getMessage());
  }

  @Test
  void invalidValuesNameTheProperty() {
    Map<String, String> cases = Map.of(
        "users", "0", "spawnRate", "-1", "runTime", "soon", "centralizedUrl", "127.0.0.1:3000",
        "requestTimeout", "0", "centralizedPort", "70000", "gatewayPorts", "3001,3002",
        "keepData", "yes", "reportLayout", "locust-3");
    cases.forEach((name, value) -> {
      InvalidInputException error =
          assertThrows(InvalidInputException.class, () -> options(Map.of(name, value)), name);
      assertTrue(error.getMessage().contains(name), error.getMessage());
    });
  }
}
