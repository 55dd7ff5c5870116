package org.quarksbench.compare.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Pairs the endpoints of two report summaries and compares every metric against the thresholds.
 *
 * <p>Endpoints are paired by their label, method and name ({@code POST /readMessage}), and by the
 * {@link NameMapping}s given; a candidate endpoint named as a mapping's target pairs only through that
 * mapping. An endpoint found in one report only is kept, with presence
 * {@link Presence#BASELINE_ONLY} or {@link Presence#CANDIDATE_ONLY}. The Aggregated rows are always compared.
 */
public final class ReportComparator {
  private final Thresholds thresholds;
  private final List<NameMapping> mappings;
  private final boolean missingEndpointsFail;

  /**
   * @param thresholds the limit per metric
   * @param mappings pairs of differently named endpoints
   * @param missingEndpointsFail true to count an endpoint that the candidate lacks as a regression
   */
  public ReportComparator(Thresholds thresholds, List<NameMapping> mappings, boolean missingEndpointsFail) {
    this.thresholds = thresholds;
    this.mappings = List.copyOf(mappings);
    this.missingEndpointsFail = missingEndpointsFail;
  }

  /** Returns the mappings whose two names are endpoints of these summaries, in the order given. */
  public Set<NameMapping> applicableMappings(ReportSummary baseline, ReportSummary candidate) {
    Map<String, EndpointSummary> baselineRows = rowsByLabel(baseline);
    Map<String, EndpointSummary> candidateRows = rowsByLabel(candidate);
    Set<NameMapping> result = new LinkedHashSet<>();
    for (NameMapping mapping : mappings) {
      if (baselineRows.containsKey(mapping.baselineLabel()) && candidateRows.containsKey(mapping.candidateLabel())) {
        result.add(mapping);
      }
    }
    return result;
  }

  /** Compares one scenario; both summaries are reduced to {@code precision} first. */
  public ScenarioComparison compare(ReportSummary baseline, ReportSummary candidate, Precision precision) {
    Map<String, EndpointSummary> baselineRows = rowsByLabel(baseline);
    Map<String, EndpointSummary> candidateRows = new LinkedHashMap<>(rowsByLabel(candidate));
    Map<String, String> candidateLabelFor = new LinkedHashMap<>();
    for (NameMapping mapping : applicableMappings(baseline, candidate)) {
      candidateLabelFor.put(mapping.baselineLabel(), mapping.candidateLabel());
    }

    List<EndpointComparison> endpoints = new ArrayList<>();
    int matched = 0;
    for (Map.Entry<String, EndpointSummary> entry : baselineRows.entrySet()) {
      String baselineLabel = entry.getKey();
      String candidateLabel = candidateLabelFor.getOrDefault(baselineLabel, baselineLabel);
      boolean reservedByMapping = !candidateLabelFor.containsKey(baselineLabel)
          && candidateLabelFor.containsValue(candidateLabel);
      EndpointSummary candidateRow = reservedByMapping ? null : candidateRows.remove(candidateLabel);
      if (candidateRow == null) {
        endpoints.add(new EndpointComparison(baselineLabel, Presence.BASELINE_ONLY, entry.getValue(), null, List.of()));
        continue;
      }
      String label = baselineLabel.equals(candidateLabel) ? baselineLabel : baselineLabel + " vs " + candidateLabel;
      endpoints.add(compareRows(label, entry.getValue(), candidateRow, precision));
      matched++;
    }
    for (Map.Entry<String, EndpointSummary> entry : candidateRows.entrySet()) {
      endpoints.add(new EndpointComparison(entry.getKey(), Presence.CANDIDATE_ONLY, null, entry.getValue(), List.of()));
    }

    List<String> notes = new ArrayList<>();
    if (matched == 0 && !(baselineRows.isEmpty() && candidateRows.isEmpty())) {
      notes.add("No endpoint matched between the two reports, so only the Aggregated rows are compared."
          + " Use --map BASELINE=CANDIDATE to pair differently named endpoints.");
    }
    if (!baseline.percentileMode().equals(candidate.percentileMode())) {
      notes.add("The percentiles were computed differently (baseline: " + baseline.percentileMode()
          + ", candidate: " + candidate.percentileMode() + "), so p90, p95 and p99 may differ by up to one"
          + " Locust bucket (about 10 % above 100 ms) without any real change.");
    }
    EndpointComparison aggregated = compareRows("Aggregated", baseline.aggregated(), candidate.aggregated(), precision);
    return new ScenarioComparison(
        baseline.scenario(), candidate.scenario(), precision, endpoints, aggregated, notes, missingEndpointsFail);
  }

  /** Returns the label used to pair endpoints: method and name separated by a space, or the name alone. */
  public static String labelOf(EndpointSummary endpoint) {
    String method = endpoint.method() == null ? "" : endpoint.method();
    return method.isEmpty() ? endpoint.name() : method + " " + endpoint.name();
  }

  private EndpointComparison compareRows(
      String label, EndpointSummary baseline, EndpointSummary candidate, Precision precision) {
    List<MetricComparison> metrics = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      Double baselineValue = reduced(metric, metric.valueOf(baseline), precision);
      Double candidateValue = reduced(metric, metric.valueOf(candidate), precision);
      metrics.add(MetricComparison.of(metric, baselineValue, candidateValue, thresholds.of(metric)));
    }
    return new EndpointComparison(label, Presence.BOTH, baseline, candidate, metrics);
  }

  private static Double reduced(Metric metric, OptionalDouble value, Precision precision) {
    return value.isPresent() ? precision.apply(metric.unit(), value.getAsDouble()) : null;
  }

  private static Map<String, EndpointSummary> rowsByLabel(ReportSummary summary) {
    Map<String, EndpointSummary> rows = new LinkedHashMap<>();
    for (EndpointSummary endpoint : summary.endpoints()) {
      rows.put(labelOf(endpoint), endpoint);
    }
    return rows;
  }
}
