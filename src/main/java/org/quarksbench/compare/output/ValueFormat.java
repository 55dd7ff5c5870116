package org.quarksbench.compare.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.quarksbench.compare.gate.MetricComparison;
import org.quarksbench.compare.gate.MetricUnit;
import org.quarksbench.compare.gate.Precision;

/**
 * Text of the values and changes in the comparison tables, shared by every output format.
 *
 * <p>Counts print as integers; times as integers at console precision and with one decimal otherwise;
 * percentages and rates with two decimals. Rounding is half-even on the exact binary value, as Locust's
 * tables round, and never depends on the machine's locale.
 */
final class ValueFormat {
  private static final String MISSING = "n/a";

  private ValueFormat() {}

  /** Formats a value of the given unit, or {@code n/a} when it is null. */
  static String value(Double value, MetricUnit unit, Precision precision) {
    if (value == null) {
      return MISSING;
    }
    return decimal(value, decimalsOf(unit, precision), false);
  }

  /** Formats an absolute change with its sign (none for zero), or {@code n/a}. */
  static String change(MetricComparison comparison, Precision precision) {
    if (comparison.absoluteChange() == null) {
      return MISSING;
    }
    return decimal(comparison.absoluteChange(), decimalsOf(comparison.metric().unit(), precision), true);
  }

  /** Formats the relative change with its sign and one decimal, or {@code n/a} (missing or zero baseline). */
  static String relativeChange(MetricComparison comparison) {
    if (comparison.relativeChangePercent() == null) {
      return MISSING;
    }
    return decimal(comparison.relativeChangePercent(), 1, true) + "%";
  }

  private static int decimalsOf(MetricUnit unit, Precision precision) {
    return switch (unit) {
      case COUNT -> 0;
      case MILLIS -> precision == Precision.CONSOLE ? 0 : 1;
      case PERCENT, RATE -> 2;
    };
  }

  private static String decimal(double value, int decimals, boolean signed) {
    BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
    if (rounded.signum() == 0) {
      return rounded.abs().toPlainString();
    }
    String text = rounded.toPlainString();
    return signed && rounded.signum() > 0 ? "+" + text : text;
  }
}
