package org.quarksbench.compare.gate;

import java.util.Locale;

/** Sentences that describe a metric change for people: console summary lines and JUnit failure messages. */
public final class RegressionMessages {
  private RegressionMessages() {}

  /** Describes a checked metric, e.g. {@code centralized: POST /readMessage p95 grew by 120 ms (+35.2 %) ...}. */
  public static String describe(String scenario, String endpoint, MetricComparison comparison) {
    Metric metric = comparison.metric();
    String unit = metric.unit().changeUnit();
    String direction = comparison.absoluteChange() >= 0 ? "grew" : "fell";
    StringBuilder text = new StringBuilder();
    text.append(scenario).append(": ").append(endpoint).append(' ').append(metric.label()).append(' ')
        .append(direction).append(" by ").append(number(Math.abs(comparison.absoluteChange()))).append(' ')
        .append(unit);
    if (comparison.relativeChangePercent() != null) {
      text.append(String.format(Locale.ROOT, " (%+.1f %%)", comparison.relativeChangePercent()));
    }
    text.append(", from ").append(number(comparison.baseline())).append(" to ")
        .append(number(comparison.candidate()));
    if (comparison.allowedWorsening() != null) {
      text.append("; allowed worsening ").append(number(comparison.allowedWorsening())).append(' ').append(unit);
    }
    return text.toString();
  }

  private static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
