package org.quarksbench.compare.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The precision at which an input states its values; two inputs are compared at the coarser of the two.
 *
 * <p>A Locust console table prints times truncated to whole milliseconds and rates and percentages with two
 * decimals. A {@code summary.json} or a stats CSV file contains the exact values. Comparing an exact 16519.9 ms
 * with a printed 16519 ms would report a change that is only a rounding artefact, so both sides are first
 * reduced to what the console would have printed.
 */
public enum Precision {
  /** Values as measured: exact means, minimums and maximums, rates with all their digits. */
  EXACT,
  /** Values as Locust's console prints them: whole milliseconds, truncated; two decimals, half-even. */
  CONSOLE;

  /** Returns the coarser of two precisions. */
  public static Precision coarser(Precision first, Precision second) {
    return first == CONSOLE || second == CONSOLE ? CONSOLE : EXACT;
  }

  /** Reduces a value of the given unit to this precision. */
  public double apply(MetricUnit unit, double value) {
    if (this == EXACT || !Double.isFinite(value)) {
      return value;
    }
    return switch (unit) {
      case COUNT, MILLIS -> (double) (long) value;
      case PERCENT, RATE -> new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    };
  }
}
