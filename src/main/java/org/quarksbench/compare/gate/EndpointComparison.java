package org.quarksbench.compare.gate;

import java.util.List;
import org.quarksbench.report.summary.EndpointSummary;

/**
 * One endpoint, or the Aggregated row, of the baseline set against the candidate.
 *
 * @param label the endpoint as the tables show it, {@code POST /readMessage}, or both names joined by
 *     {@code " vs "} when {@code --map} paired two different names
 * @param presence which reports contain it
 * @param baseline the baseline's row, or null when only the candidate has it
 * @param candidate the candidate's row, or null when only the baseline has it
 * @param metrics one entry per {@link Metric}, in declaration order; empty unless {@code presence} is BOTH
 */
public record EndpointComparison(
    String label,
    Presence presence,
    EndpointSummary baseline,
    EndpointSummary candidate,
    List<MetricComparison> metrics) {
  public EndpointComparison {
    metrics = List.copyOf(metrics);
  }

  /** Returns the metrics whose verdict is {@link Verdict#REGRESSION}. */
  public List<MetricComparison> regressions() {
    return metrics.stream().filter(m -> m.verdict() == Verdict.REGRESSION).toList();
  }
}
