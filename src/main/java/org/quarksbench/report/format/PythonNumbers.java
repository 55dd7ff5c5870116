package org.quarksbench.report.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number text as Python 3 prints it, for output that must match Locust byte for byte.
 *
 * <p>Java differs in two ways: {@code String.format("%.2f")} rounds the shortest decimal string half-up
 * (3.125 → 3.13, Python: 3.12), and {@link Double#toString} prints {@code 1.0E7} where Python prints
 * {@code 10000000.0}.
 */
public final class PythonNumbers {
  private PythonNumbers() {}

  /** Formats like Python's {@code "%.<decimals>f" % value}: the exact binary value rounded half-even. */
  public static String fixed(double value, int decimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("value must be finite, got " + value);
    }
    String text = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    return value < 0 || (value == 0 && 1 / value < 0) ? ensureMinus(text) : text;
  }

  /**
   * Formats like Python's {@code repr(float)}: the shortest digits that read back as the same double, in plain
   * notation when the decimal exponent is from -4 to 15 ({@code 0.0001}, {@code 1e+16} otherwise).
   */
  public static String repr(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0.0" : "0.0";
    }
    BigDecimal shortest = shortestDecimal(value);
    String digits = shortest.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - shortest.scale();
    String sign = value < 0 ? "-" : "";
    if (exponent < -4 || exponent >= 16) {
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String exponentText = String.format(java.util.Locale.ROOT, "%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
      return sign + mantissa + "e" + exponentText;
    }
    String plain = shortest.abs().toPlainString();
    return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
  }

  /** Formats an integer-valued count or time like Python's {@code str(int)}. */
  public static String integer(long value) {
    return Long.toString(value);
  }

  private static BigDecimal shortestDecimal(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == value) {
        return candidate.stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }

  private static String ensureMinus(String text) {
    return text.startsWith("-") ? text : "-" + text;
  }
}
