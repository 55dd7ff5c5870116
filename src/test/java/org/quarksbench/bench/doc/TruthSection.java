package org.quarksbench.bench.doc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quarksbench.bench.latency.StallModel;
import org.quarksbench.bench.results.RunMeasurement;
import org.quarksbench.bench.results.Spread;

/**
 * Section 6: reported percentiles against a known latency distribution, for Gatling's open model and
 * Locust's closed model, to show coordinated omission.
 */
final class TruthSection implements DocSection {
  private static final List<String> PERCENTILES = List.of("p50", "p95", "p99", "p99.9", "max");
  /**
   * A reported percentile is within the stated error when it differs from the expected value by at most
   * ABSOLUTE_TOLERANCE_MILLIS plus RELATIVE_TOLERANCE of it. It is also within when the model's cumulative
   * probability at the reported value is within RANK_TOLERANCE_POINTS percentage points of the
   * percentile. The rank test
   * is the fair one where the distribution is flat, such as inside a stall, where a few ms of client
   * overhead or noise move a percentile's value far but its rank hardly.
   */
  static final double ABSOLUTE_TOLERANCE_MILLIS = 3;
  static final double RELATIVE_TOLERANCE = 0.03;
  static final double RANK_TOLERANCE_POINTS = 0.5;
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
    String modelText = expected == null ? "unknown" : expected.path("model").asText();
    RunMeasurement firstGatling = gatling.isEmpty() ? null : gatling.get(0);
    RunMeasurement firstLocust = locust.isEmpty() ? null : locust.get(0);
    text.append("The latency server (`org.quarksbench.bench.latency.StallingLatencyServer`, test sources) responds")
        .append(" to every request after a ").append(modelText).append(". It records each delay it injects. For")
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
        .append(Figures.number(RELATIVE_TOLERANCE * 100, 0)).append(" % of the expected value. It also counts")
        .append(" as within when the model ranks the reported value within ").append(Figures.number(RANK_TOLERANCE_POINTS, 1))
        .append(" percentage points of the percentile. A reported max may exceed the model's maximum by the")
        .append(" value tolerance at most. The rank columns give, for each reported value, the percentile it really is in the")
        .append(" expected distribution. Gatling rounds to whole ms and estimates percentiles with a t-digest,")
        .append(" and Locust rounds response times to 2 significant digits above 100 ms. The client-side time")
        .append(" includes the loopback round trip, and on a loaded machine also waits for CPU.\n\n");
    if (expected == null) {
      text.append("No run of this section succeeded.\n\n");
      text.append(Figures.failures(all));
      text.append(Figures.commands(all));
      return text.toString();
    }

    StallModel model = modelOf(expected);
    MarkdownTable table = new MarkdownTable(
        "Percentile", "Expected, open arrivals (ms)", "Gatling open: injected by the server (ms)",
        "Gatling open: reported (ms)", "Gatling: true rank of the reported value",
        "Gatling within the stated error", "Locust closed: injected by the server (ms)",
        "Locust closed: reported (ms)", "Locust: true rank of the reported value");
    for (String percentile : PERCENTILES) {
      double expectedMillis = expected.path("expectedMillis").path(percentile).asDouble(Double.NaN);
      table.row(
          percentile,
          Figures.number(expectedMillis, 1),
          Figures.spread(Figures.spreadOf(gatling, run -> injected(run, percentile)), 1),
          Figures.spread(Figures.spreadOf(gatling, run -> reported(run, percentile)), 0),
          trueRank(model, gatling, percentile),
          withinTolerance(model, gatling, percentile, expectedMillis),
          Figures.spread(Figures.spreadOf(locust, run -> injected(run, percentile)), 1),
          Figures.spread(Figures.spreadOf(locust, run -> reported(run, percentile)), 0),
          trueRank(model, locust, percentile));
    }
    table.row(
        "requests", "", Figures.spread(Figures.spreadOf(gatling, run -> injectedCount(run)), 0),
        Figures.spread(Figures.spreadOf(gatling, run -> run.requests()), 0), "", "",
        Figures.spread(Figures.spreadOf(locust, run -> injectedCount(run)), 0),
        Figures.spread(Figures.spreadOf(locust, run -> run.requests()), 0), "");
    table.row(
        "requests/s", "", "", Figures.spread(Figures.spreadOf(gatling, RunMeasurement::requestsPerSecond), 1), "", "",
        "", Figures.spread(Figures.spreadOf(locust, RunMeasurement::requestsPerSecond), 1), "");
    text.append(table.render()).append('\n');
    text.append(Figures.failures(all));
    text.append(Figures.commands(all));
    return text.toString();
  }

  /** Returns one line: whether Gatling stayed within the stated error, and what Locust's p99 really is. */
  static String summary(SuiteResults results) {
    List<RunMeasurement> gatling = results.of("truth", "gatling-open");
    List<RunMeasurement> locust = results.of("truth", "locust-closed");
    JsonNode expected = firstServerStats(results.of("truth"));
    if (expected == null) {
      return "not measured";
    }
    StallModel model = modelOf(expected);
    boolean allWithin = true;
    for (String percentile : PERCENTILES) {
      double expectedMillis = expected.path("expectedMillis").path(percentile).asDouble(Double.NaN);
      allWithin &= withinTolerance(model, gatling, percentile, expectedMillis).startsWith("yes");
    }
    Spread locustP99 = Figures.spreadOf(locust, run -> reported(run, "p99"));
    Spread locustRank = model == null ? null : rankSpread(model, locust, "p99");
    return "Gatling's open-model percentiles " + (allWithin ? "are" : "are not all") + " within the stated error."
        + " Locust's closed model reports a p99 of " + Figures.number(locustP99 == null ? Double.NaN : locustP99.median(), 0)
        + " ms where " + Figures.number(expected.path("expectedMillis").path("p99").asDouble(Double.NaN), 0)
        + " ms is expected. That value is only the p"
        + Figures.number(locustRank == null ? Double.NaN : locustRank.median(), 1)
        + " of the expected distribution (medians over repeats), which is coordinated omission.";
  }

  /** Returns "yes" when every repeat's reported value is within the stated error, else "no" with the worst. */
  static String withinTolerance(StallModel model, List<RunMeasurement> runs, String percentile, double expectedMillis) {
    double tolerance = ABSOLUTE_TOLERANCE_MILLIS + RELATIVE_TOLERANCE * expectedMillis;
    double worstValueError = 0;
    double worstRankError = 0;
    boolean any = false;
    boolean allWithin = true;
    for (RunMeasurement run : runs) {
      double value = reported(run, percentile);
      if (Double.isNaN(value)) {
        continue;
      }
      any = true;
      double valueError = percentile.equals("max") ? Math.max(0, value - expectedMillis) : Math.abs(value - expectedMillis);
      double rankError = percentile.equals("max") || model == null
          ? Double.POSITIVE_INFINITY
          : Math.abs(100 * model.cumulativeProbability(value) - percentileOf(percentile));
      worstValueError = Math.max(worstValueError, valueError);
      worstRankError = Math.max(worstRankError, percentile.equals("max") ? 0 : rankError);
      allWithin &= valueError <= tolerance || rankError <= RANK_TOLERANCE_POINTS;
    }
    if (!any) {
      return "n/a";
    }
    String detail = "worst error " + Figures.number(worstValueError, 1) + " ms (allowed " + Figures.number(tolerance, 1)
        + ")" + (percentile.equals("max") ? "" : " or " + Figures.number(worstRankError, 2) + " points of rank (allowed "
        + Figures.number(RANK_TOLERANCE_POINTS, 1) + ")");
    return (allWithin ? "yes" : "no") + ": " + detail;
  }

  /** Returns the percentile that each reported value really is under the model, as "p93.1" (median over repeats). */
  static String trueRank(StallModel model, List<RunMeasurement> runs, String percentile) {
    if (model == null || percentile.equals("max")) {
      return "";
    }
    Spread rank = rankSpread(model, runs, percentile);
    return rank == null ? "n/a" : "p" + Figures.spread(rank, 1);
  }

  /** Returns the spread over repeats of the model's cumulative probability, in percent, at each reported value. */
  private static Spread rankSpread(StallModel model, List<RunMeasurement> runs, String percentile) {
    return Figures.spreadOf(runs, run -> {
      double value = reported(run, percentile);
      return Double.isNaN(value) ? Double.NaN : 100 * model.cumulativeProbability(value);
    });
  }

  static double percentileOf(String label) {
    return Double.parseDouble(label.substring(1));
  }

  private static StallModel modelOf(JsonNode stats) {
    JsonNode parameters = stats.path("modelParameters");
    if (parameters.isMissingNode()) {
      return null;
    }
    return new StallModel(
        parameters.path("baseMinMillis").asDouble(),
        parameters.path("baseMaxMillis").asDouble(),
        parameters.path("periodMillis").asLong(),
        parameters.path("stallMillis").asLong());
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
