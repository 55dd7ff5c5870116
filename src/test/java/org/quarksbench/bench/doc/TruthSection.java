package org.quarksbench.bench.doc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quarksbench.bench.results.RunMeasurement;
import org.quarksbench.bench.results.Spread;

/**
 * Section 6: reported percentiles against a known latency distribution, for Gatling's open model and
 * Locust's closed model, to show coordinated omission.
 */
final class TruthSection implements DocSection {
  private static final List<String> PERCENTILES = List.of("p50", "p95", "p99", "p99.9", "max");
  /** Allowed difference between a reported and an expected percentile: this many ms plus RELATIVE_TOLERANCE. */
  static final double ABSOLUTE_TOLERANCE_MILLIS = 3;
  static final double RELATIVE_TOLERANCE = 0.03;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String id() {
    return "truth";
  }

  @Override
  public String render(SuiteResults results) {
    List<RunMeasurement> all = results.of(id());
    List<RunMeasurement> gatling = results.of(id(), "gatling-open");
    List<RunMeasurement> locust = results.of(id(), "locust-closed");
    StringBuilder text = new StringBuilder("## 6. Measurement truth and coordinated omission\n\n");
    text.append(results.provenance()).append("\n\n");
    JsonNode expected = firstServerStats(all);
    String model = expected == null ? "unknown" : expected.path("model").asText();
    RunMeasurement firstGatling = gatling.isEmpty() ? null : gatling.get(0);
    RunMeasurement firstLocust = locust.isEmpty() ? null : locust.get(0);
    text.append("The latency server (`org.quarksbench.bench.latency.StallingLatencyServer`, test sources) answers")
        .append(" every request after a ").append(model).append(". It records each delay it injects. For")
        .append(" requests that arrive independently of the responses, the expected distribution follows from")
        .append(" the model (`StallModel`). Gatling runs `OpenRateSimulation` at ")
        .append(parameter(firstGatling, "rate")).append(" new requests/s. Locust runs ")
        .append(parameter(firstLocust, "users")).append(" HttpUsers that each wait ")
        .append(parameter(firstLocust, "waitSeconds")).append(" s after every response, about the same request")
        .append(" rate. Both run for ").append(parameter(firstGatling, "runSeconds")).append(" s. A closed-model")
        .append(" user sends nothing while it waits, so each stall delays one request per user instead of every")
        .append(" request that would have arrived: Locust reports the server's good periods (coordinated")
        .append(" omission). Stated error for the open model: a reported percentile is within ")
        .append(Figures.number(ABSOLUTE_TOLERANCE_MILLIS, 0)).append(" ms + ")
        .append(Figures.number(RELATIVE_TOLERANCE * 100, 0)).append(" % of the expected one (for max: at most")
        .append(" that much above the model's maximum). Gatling rounds to whole ms and estimates percentiles")
        .append(" with a t-digest, and Locust rounds response times to 2 significant digits above 100 ms.\n\n");
    if (expected == null) {
      text.append("No run of this section succeeded.\n\n");
      text.append(Figures.failures(all));
      text.append(Figures.commands(all));
      return text.toString();
    }

    MarkdownTable table = new MarkdownTable(
        "Percentile", "Expected, open arrivals (ms)", "Gatling open: injected by the server (ms)",
        "Gatling open: reported (ms)", "Gatling within the stated error", "Locust closed: injected by the server (ms)",
        "Locust closed: reported (ms)");
    for (String percentile : PERCENTILES) {
      double expectedMillis = expected.path("expectedMillis").path(percentile).asDouble(Double.NaN);
      Spread gatlingReported = Figures.spreadOf(gatling, run -> reported(run, percentile));
      table.row(
          percentile,
          Figures.number(expectedMillis, 1),
          Figures.spread(Figures.spreadOf(gatling, run -> injected(run, percentile)), 1),
          Figures.spread(gatlingReported, 0),
          withinTolerance(gatling, percentile, expectedMillis),
          Figures.spread(Figures.spreadOf(locust, run -> injected(run, percentile)), 1),
          Figures.spread(Figures.spreadOf(locust, run -> reported(run, percentile)), 0));
    }
    table.row(
        "requests", "", Figures.spread(Figures.spreadOf(gatling, run -> injectedCount(run)), 0),
        Figures.spread(Figures.spreadOf(gatling, run -> run.requests()), 0), "",
        Figures.spread(Figures.spreadOf(locust, run -> injectedCount(run)), 0),
        Figures.spread(Figures.spreadOf(locust, run -> run.requests()), 0));
    table.row(
        "requests/s", "", "", Figures.spread(Figures.spreadOf(gatling, RunMeasurement::requestsPerSecond), 1), "", "",
        Figures.spread(Figures.spreadOf(locust, RunMeasurement::requestsPerSecond), 1));
    text.append(table.render()).append('\n');
    text.append(Figures.failures(all));
    text.append(Figures.commands(all));
    return text.toString();
  }

  /** Returns "yes" when every repeat's reported value is within the stated error, else "no" with the worst. */
  static String withinTolerance(List<RunMeasurement> runs, String percentile, double expectedMillis) {
    double tolerance = ABSOLUTE_TOLERANCE_MILLIS + RELATIVE_TOLERANCE * expectedMillis;
    double worst = 0;
    boolean any = false;
    for (RunMeasurement run : runs) {
      double value = reported(run, percentile);
      if (Double.isNaN(value)) {
        continue;
      }
      any = true;
      double error = percentile.equals("max") ? Math.max(0, value - expectedMillis) : Math.abs(value - expectedMillis);
      worst = Math.max(worst, error);
    }
    if (!any) {
      return "n/a";
    }
    return (worst <= tolerance ? "yes" : "no") + " (worst error " + Figures.number(worst, 1) + " ms, allowed "
        + Figures.number(tolerance, 1) + ")";
  }

  private static double reported(RunMeasurement run, String percentile) {
    return run.succeeded() ? run.percentileMillis().getOrDefault(percentile, Double.NaN) : Double.NaN;
  }

  private static double injected(RunMeasurement run, String percentile) {
    JsonNode stats = serverStats(run.record().directory());
    return stats == null ? Double.NaN : stats.path("injectedMillis").path(percentile).asDouble(Double.NaN);
  }

  private static double injectedCount(RunMeasurement run) {
    JsonNode stats = serverStats(run.record().directory());
    return stats == null ? Double.NaN : stats.path("count").asDouble(Double.NaN);
  }

  private static JsonNode firstServerStats(List<RunMeasurement> runs) {
    for (RunMeasurement run : runs) {
      JsonNode stats = serverStats(run.record().directory());
      if (stats != null && run.succeeded()) {
        return stats;
      }
    }
    return null;
  }

  private static JsonNode serverStats(Path directory) {
    Path file = directory.resolve("server-stats.json");
    try {
      return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String parameter(RunMeasurement run, String name) {
    return run == null ? "?" : run.record().parameters().getOrDefault(name, "?");
  }
}
