package org.quarksbench.report.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarksbench.InvalidInputException;
import org.quarksbench.report.log.ErrorRecord;
import org.quarksbench.report.log.LogRecordVisitor;
import org.quarksbench.report.log.RequestRecord;
import org.quarksbench.report.log.RunRecord;
import org.quarksbench.report.log.UserRecord;

/**
 * Collects the records of one or more logs of the same simulation into one {@link ScenarioStats} per scenario.
 *
 * <p>REQUEST records carry no scenario, so they are assigned by group: a request whose outermost group is
 * named like one of the run's scenarios belongs to that scenario, and the group is dropped from its name.
 * Deeper groups stay in the name, joined with {@code " / "} as Gatling's console shows them. Other requests
 * belong to the run's scenario when it has only one, and otherwise to a partition named after the simulation
 * class. Times from several logs are merged on the epoch clock, so load generators may start at different
 * times. Call {@link #beginFile} before reading each file.
 */
public final class RunStatistics implements LogRecordVisitor {
  private final Map<String, ScenarioStats> scenarios = new LinkedHashMap<>();
  private final PercentileMode timelineMode;
  private final List<String> gatlingVersions = new ArrayList<>();
  private String simulationClass;
  private Path firstFile;
  private Path currentFile;
  private RunRecord currentRun;
  private List<ScenarioStats> currentScenarios = List.of();
  private ScenarioStats latestStartedScenario;
  /** Row and scenario per group path and request name of the current file; bounded by the distinct names. */
  private final Map<RouteKey, Route> routes = new HashMap<>();

  /** Creates empty statistics whose history rows will use {@code timelineMode} percentiles. */
  public RunStatistics(PercentileMode timelineMode) {
    this.timelineMode = timelineMode;
  }

  /** Names the file whose records come next, for error messages. */
  public void beginFile(Path file) {
    currentFile = file;
    if (firstFile == null) {
      firstFile = file;
    }
  }

  @Override
  public void onRun(RunRecord run) {
    if (simulationClass == null) {
      simulationClass = run.simulationClass();
    } else if (!simulationClass.equals(run.simulationClass())) {
      throw new InvalidInputException(currentFile + ": this log is from simulation " + run.simulationClass() + ", but "
          + firstFile + " is from " + simulationClass + ". Only logs of the same simulation (one run on several load "
          + "generators) can be merged; report each simulation separately.");
    }
    if (!gatlingVersions.contains(run.gatlingVersion())) {
      gatlingVersions.add(run.gatlingVersion());
    }
    currentRun = run;
    List<ScenarioStats> named = new ArrayList<>();
    for (String scenario : run.scenarios()) {
      ScenarioStats stats = scenarioNamed(scenario);
      stats.noteRunStart(run.startEpochMillis());
      named.add(stats);
    }
    currentScenarios = named;
    latestStartedScenario = null;
    routes.clear();
  }

  @Override
  public void onUser(UserRecord user) {
    ScenarioStats stats = currentScenarios.get(user.scenarioIndex());
    stats.recordUser(user.start(), currentRun.startEpochMillis() + user.offsetMillis());
    if (user.start()) {
      latestStartedScenario = stats;
    }
  }

  @Override
  public void onRequest(RequestRecord request) {
    Route route = routes.computeIfAbsent(new RouteKey(request.groups(), request.name()), this::route);
    long endEpochMillis = currentRun.startEpochMillis() + request.endOffsetMillis();
    route.scenario().recordRequest(
        route.endpoint(), request.responseTimeMillis(), request.ok(), endEpochMillis, request.message());
  }

  private Route route(RouteKey key) {
    List<String> groups = key.groups();
    ScenarioStats target = null;
    int firstKeptGroup = 0;
    if (!groups.isEmpty()) {
      target = currentScenarioNamed(groups.get(0));
      if (target != null) {
        firstKeptGroup = 1;
      }
    }
    if (target == null) {
      target = currentScenarios.size() == 1 ? currentScenarios.get(0) : simulationPartition();
    }
    return new Route(target, EndpointKey.parse(displayName(groups, firstKeptGroup, key.name())));
  }

  /**
   * Counts an ERROR record under the scenario whose user started most recently.
   *
   * <p>NOTE: ERROR records name neither scenario nor group, so with several scenarios running at the same time
   * this guess can pick the wrong one. The messaging suite runs its scenarios one after the other.
   */
  @Override
  public void onError(ErrorRecord error) {
    ScenarioStats target = latestStartedScenario;
    if (target == null) {
      target = currentScenarios.size() == 1 ? currentScenarios.get(0) : simulationPartition();
    }
    target.recordRequestError(error.message());
  }

  /** Returns the scenarios in the order the logs name them, then the simulation's partition if it was used. */
  public List<ScenarioStats> scenarios() {
    return List.copyOf(scenarios.values());
  }

  public String simulationClass() {
    return simulationClass;
  }

  /** Returns the distinct Gatling versions of the logs read, in reading order. */
  public List<String> gatlingVersions() {
    return List.copyOf(gatlingVersions);
  }

  private ScenarioStats currentScenarioNamed(String name) {
    for (ScenarioStats stats : currentScenarios) {
      if (stats.name().equals(name)) {
        return stats;
      }
    }
    return null;
  }

  private ScenarioStats simulationPartition() {
    String simpleName = simulationClass.substring(simulationClass.lastIndexOf('.') + 1);
    ScenarioStats stats = scenarioNamed(simpleName);
    stats.noteRunStart(currentRun.startEpochMillis());
    return stats;
  }

  private ScenarioStats scenarioNamed(String name) {
    return scenarios.computeIfAbsent(name, key -> new ScenarioStats(key, timelineMode));
  }

  private record RouteKey(List<String> groups, String name) {}

  private record Route(ScenarioStats scenario, EndpointKey endpoint) {}

  private static String displayName(List<String> groups, int firstKeptGroup, String requestName) {
    if (firstKeptGroup >= groups.size()) {
      return requestName;
    }
    StringBuilder name = new StringBuilder();
    for (int i = firstKeptGroup; i < groups.size(); i++) {
      name.append(groups.get(i)).append(" / ");
    }
    return name.append(requestName).toString();
  }
}
