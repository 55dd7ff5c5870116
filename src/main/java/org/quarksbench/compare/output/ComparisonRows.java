package org.quarksbench.compare.output;

import java.util.ArrayList;
import java.util.List;
import org.quarksbench.compare.gate.EndpointComparison;
import org.quarksbench.compare.gate.MetricComparison;
import org.quarksbench.compare.gate.Presence;
import org.quarksbench.compare.gate.ScenarioComparison;

/**
 * The cells of the side-by-side tables, built once from a comparison so that the console, Markdown and HTML
 * outputs show the same text.
 */
final class ComparisonRows {
  /** Column headers of a metric table. */
  static final List<String> HEADER = List.of("metric", "baseline", "candidate", "change", "change %", "verdict");

  private ComparisonRows() {}

  /** Returns the endpoints of a scenario, Aggregated last. */
  static List<EndpointComparison> endpointsWithAggregated(ScenarioComparison scenario) {
    List<EndpointComparison> rows = new ArrayList<>(scenario.endpoints());
    rows.add(scenario.aggregated());
    return rows;
  }

  /** Returns one row of cells per metric, in {@link #HEADER}'s order; empty unless both reports have it. */
  static List<List<String>> metricRows(EndpointComparison endpoint, ScenarioComparison scenario) {
    List<List<String>> rows = new ArrayList<>();
    for (MetricComparison metric : endpoint.metrics()) {
      rows.add(List.of(
          metric.metric().label(),
          ValueFormat.value(metric.baseline(), metric.metric().unit(), scenario.precision()),
          ValueFormat.value(metric.candidate(), metric.metric().unit(), scenario.precision()),
          ValueFormat.change(metric, scenario.precision()),
          ValueFormat.relativeChange(metric),
          metric.verdict().mark()));
    }
    return rows;
  }

  /** Returns the heading of an endpoint, marking one found in a single report. */
  static String heading(EndpointComparison endpoint, ScenarioComparison scenario) {
    if (endpoint.presence() == Presence.BASELINE_ONLY) {
      return endpoint.label() + " (only in the baseline" + (scenario.missingEndpointsFail() ? ": REGRESSION)" : ")");
    }
    if (endpoint.presence() == Presence.CANDIDATE_ONLY) {
      return endpoint.label() + " (only in the candidate)";
    }
    return endpoint.label();
  }
}
