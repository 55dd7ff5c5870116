package org.quarksbench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quarksbench.InvalidInputException;
import org.quarksbench.report.log.ReadResult;
import org.quarksbench.report.log.SimulationLogReader;
import org.quarksbench.report.stats.History;
import org.quarksbench.report.stats.PercentileMode;
import org.quarksbench.report.stats.RunStatistics;
import org.quarksbench.report.stats.ScenarioStats;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Builds Locust reports from Gatling logs: the entry point shared by the {@code report} command and the end of
 * {@code mvn gatling:test}, so both print the same tables.
 */
public final class LocustReport {
  /** Title of Locust's own percentile table. */
  static final String LOCUST_PERCENTILE_TITLE = "Response time percentiles (approximated)";

  private LocustReport() {}

  /**
   * Reads every log once and returns one report per scenario, in the order the logs name the scenarios.
   *
   * <p>Several inputs are merged as logs of one simulation run on several load generators. A log that ends
   * inside a record is reported up to that record, with a warning naming the file and the byte offset.
   *
   * @param inputs Gatling results folders or simulation.log files
   * @throws InvalidInputException if an input is missing or corrupt, from another Gatling version or another
   *     simulation, a folder contains no run or several, or a scenario of the filter is not in the logs
   */
  public static List<ScenarioReport> build(List<Path> inputs, ReportOptions options) {
    LogInputs logs = LogInputs.resolve(inputs);
    PercentileMode mode = options.exactPercentiles() ? PercentileMode.EXACT : PercentileMode.LOCUST;
    RunStatistics statistics = new RunStatistics(mode);
    List<String> warnings = new ArrayList<>();
    for (Path file : logs.logFiles()) {
      statistics.beginFile(file);
      ReadResult result = SimulationLogReader.read(file, statistics);
      if (result.truncated()) {
        warnings.add(file + ": the log ends inside a record at byte offset " + result.truncatedAtOffset().getAsLong()
            + " (the run was probably killed); the report covers the " + result.records()
            + " complete records before it.");
      }
    }

    List<ScenarioStats> scenarios = selected(statistics.scenarios(), options, logs);
    Map<String, String> targetUrls = new HashMap<>(logs.targetUrls());
    targetUrls.putAll(options.targetUrls());
    String gatlingVersion = String.join(", ", statistics.gatlingVersions());

    List<ScenarioReport> reports = new ArrayList<>();
    for (ScenarioStats scenario : scenarios) {
      ReportSummary summary = SummaryBuilder.build(
          scenario, gatlingVersion, statistics.simulationClass(), options, targetUrls.get(scenario.name()));
      reports.add(new ScenarioReport(summary, options, percentileTitle(options), warnings,
          History.rows(scenario, options.percentiles()), scenario.requestErrors()));
    }
    return List.copyOf(reports);
  }

  /** Returns the percentile table's title, which names exact or custom percentiles so they are not taken for Locust's. */
  static String percentileTitle(ReportOptions options) {
    if (!options.exactPercentiles() && !options.customPercentiles()) {
      return LOCUST_PERCENTILE_TITLE;
    }
    String kind = options.exactPercentiles() ? "exact, not Locust's approximation" : "approximated";
    String list = options.customPercentiles() ? ", custom percentiles" : "";
    return "Response time percentiles (" + kind + list + ")";
  }

  private static List<ScenarioStats> selected(List<ScenarioStats> all, ReportOptions options, LogInputs logs) {
    if (options.scenarioFilter().isEmpty()) {
      return all;
    }
    List<String> names = all.stream().map(ScenarioStats::name).toList();
    for (String wanted : options.scenarioFilter()) {
      if (!names.contains(wanted)) {
        throw new InvalidInputException("scenario '" + wanted + "' is not in " + logs.logFiles() + "; the logs hold: "
            + String.join(", ", names) + ".");
      }
    }
    return all.stream().filter(stats -> options.scenarioFilter().contains(stats.name())).toList();
  }
}
