package org.quarksbench.compare;

import java.util.ArrayList;
import java.util.List;
import org.quarksbench.compare.gate.ScenarioComparison;
import org.quarksbench.compare.gate.Thresholds;

/**
 * The result of one {@code compare} run: every scenario compared, with the inputs and thresholds used.
 *
 * @param baselineSource the baseline file that was read
 * @param baselineFormat its kind, as {@code --format} names it
 * @param candidateSource the candidate file that was read
 * @param candidateFormat its kind
 * @param thresholds the thresholds applied
 * @param scenarios one comparison per scenario pair
 * @param warnings remarks from the input readers, for the user to read
 */
public record ComparisonReport(
    String baselineSource,
    String baselineFormat,
    String candidateSource,
    String candidateFormat,
    Thresholds thresholds,
    List<ScenarioComparison> scenarios,
    List<String> warnings) {
  public ComparisonReport {
    scenarios = List.copyOf(scenarios);
    warnings = List.copyOf(warnings);
  }

  /** Returns one sentence per failed check over all scenarios; empty when the gate passes. */
  public List<String> failures() {
    List<String> result = new ArrayList<>();
    for (ScenarioComparison scenario : scenarios) {
      result.addAll(scenario.failures());
    }
    return result;
  }

  /** Returns true when at least one check failed, which makes {@code compare} exit with code 3. */
  public boolean hasRegression() {
    return !failures().isEmpty();
  }
}
