package org.quarksbench.report.log;

import java.util.List;

/**
 * The RUN record that opens every binary simulation.log.
 *
 * @param gatlingVersion version of the Gatling that wrote the log, e.g. {@code 3.16.0}
 * @param simulationClass fully qualified class name of the simulation
 * @param startEpochMillis run start, epoch milliseconds; every other record's offsets count from it
 * @param runDescription the description given to the run, often empty
 * @param scenarios scenario names in {@code setUp} order, indexed by {@link UserRecord#scenarioIndex()}
 */
public record RunRecord(
    String gatlingVersion, String simulationClass, long startEpochMillis, String runDescription, List<String> scenarios) {
  public RunRecord {
    scenarios = List.copyOf(scenarios);
  }
}
