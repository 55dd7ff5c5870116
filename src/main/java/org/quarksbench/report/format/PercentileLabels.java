package org.quarksbench.report.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Column labels of percentiles as Locust writes them: {@code 50%}, {@code 99.9%}, {@code 100%}. */
public final class PercentileLabels {
  private PercentileLabels() {}

  /**
   * Returns the label of a fraction (0.999 → {@code 99.9%}), with Locust's rule from {@code get_readable_percentiles}:
   * the whole number when fraction × 100 is integral, else fraction × 100 rounded to 6 decimals, as Python prints it.
   */
  public static String of(double fraction) {
    double percent = fraction * 100;
    if (percent == Math.rint(percent) && Math.abs(percent) < 1e15) {
      return (long) percent + "%";
    }
    double rounded = new BigDecimal(percent).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
    return PythonNumbers.repr(rounded) + "%";
  }
}
