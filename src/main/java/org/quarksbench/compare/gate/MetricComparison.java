package org.quarksbench.compare.gate;

/**
 * One metric of one endpoint in the baseline and in the candidate.
 *
 * <p>Values are at the comparison's precision (see {@link Precision}); a null value is one the input lacks.
 *
 * @param metric the compared metric
 * @param baseline the baseline's value, or null
 * @param candidate the candidate's value, or null
 * @param absoluteChange candidate minus baseline in the metric's unit, or null when a value is missing
 * @param relativeChangePercent the change in percent of the baseline, or null when the baseline is 0 or missing
 * @param allowedWorsening the largest worsening the threshold allows for this baseline, or null when unchecked
 * @param verdict the outcome
 */
public record MetricComparison(
    Metric metric,
    Double baseline,
    Double candidate,
    Double absoluteChange,
    Double relativeChangePercent,
    Double allowedWorsening,
    Verdict verdict) {

  /**
   * Compares two values of {@code metric} against its threshold.
   *
   * @param baseline the baseline's value already reduced to the comparison's precision, or null
   * @param candidate the candidate's value already reduced to the comparison's precision, or null
   */
  public static MetricComparison of(Metric metric, Double baseline, Double candidate, Threshold threshold) {
    if (baseline == null || candidate == null) {
      return new MetricComparison(metric, baseline, candidate, null, null, null, Verdict.NOT_AVAILABLE);
    }
    double change = candidate - baseline;
    Double relative = baseline == 0 ? null : change / Math.abs(baseline) * 100.0;
    if (!threshold.checked()) {
      return new MetricComparison(metric, baseline, candidate, change, relative, null, Verdict.NOT_CHECKED);
    }
    double allowed = threshold.allowedWorsening(baseline);
    double worsening = metric.higherIsBetter() ? -change : change;
    Verdict verdict;
    if (worsening > allowed) {
      verdict = Verdict.REGRESSION;
    } else if (-worsening > allowed) {
      verdict = Verdict.IMPROVED;
    } else {
      verdict = Verdict.OK;
    }
    return new MetricComparison(metric, baseline, candidate, change, relative, allowed, verdict);
  }
}
