package org.quarksbench.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quarksbench.InvalidInputException;
import org.quarksbench.compare.input.InputFormat;
import org.quarksbench.compare.input.LoadedReport;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Chooses which scenario of the baseline is compared with which scenario of the candidate.
 *
 * <p>Rules, documented in {@code docs/compare.md}:
 * <ul>
 *   <li>With {@code --scenario NAME}, each side that names its scenarios (summary.json, Gatling) must hold
 *       NAME. A Locust input contains one unnamed table, which is used as it is.
 *   <li>Without it, two single-scenario inputs are compared whatever their names (centralized against
 *       quarks is a valid comparison), and two inputs with the same set of scenario names are compared
 *       scenario by scenario. Anything else is rejected with the names found.
 * </ul>
 */
public final class ScenarioPairing {
  /** A baseline scenario and the candidate scenario it is compared with. */
  public record Pair(ReportSummary baseline, ReportSummary candidate) {}

  private ScenarioPairing() {}

  /** Pairs the scenarios of two inputs; {@code scenario} is the {@code --scenario} value or null. */
  public static List<Pair> pair(LoadedReport baseline, LoadedReport candidate, String scenario) {
    if (scenario != null) {
      return List.of(new Pair(pick(baseline, scenario, "baseline"), pick(candidate, scenario, "candidate")));
    }
    if (baseline.scenarios().size() == 1 && candidate.scenarios().size() == 1) {
      return List.of(new Pair(baseline.scenarios().get(0), candidate.scenarios().get(0)));
    }
    Set<String> baselineNames = names(baseline);
    Set<String> candidateNames = names(candidate);
    if (!baselineNames.equals(candidateNames)) {
      throw new InvalidInputException("the baseline contains the scenarios " + baselineNames + " and the candidate "
          + candidateNames + ", so they cannot be paired by name. Choose one with --scenario NAME.");
    }
    List<Pair> pairs = new ArrayList<>();
    for (ReportSummary summary : baseline.scenarios()) {
      pairs.add(new Pair(summary, find(candidate, summary.scenario())));
    }
    return pairs;
  }

  private static ReportSummary pick(LoadedReport report, String scenario, String role) {
    ReportSummary found = find(report, scenario);
    if (found != null) {
      return found;
    }
    boolean namesScenarios = report.format() == InputFormat.JSON || report.format() == InputFormat.GATLING;
    if (!namesScenarios && report.scenarios().size() == 1) {
      return report.scenarios().get(0);
    }
    throw new InvalidInputException("--scenario " + scenario + ": the " + role + " " + report.source()
        + " has no such scenario; it contains " + names(report) + ".");
  }

  private static ReportSummary find(LoadedReport report, String scenario) {
    for (ReportSummary summary : report.scenarios()) {
      if (summary.scenario().equals(scenario)) {
        return summary;
      }
    }
    return null;
  }

  private static Set<String> names(LoadedReport report) {
    Set<String> names = new LinkedHashSet<>();
    report.scenarios().forEach(s -> names.add(s.scenario()));
    return names;
  }
}
