package org.quarksbench.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonNumbersTest {
  @ParameterizedTest(name = "%.2f of {0} is {1}")
  @CsvSource({
    "3.125, 3.12", "9.375, 9.38", "1.005, 1.00", "2.675, 2.67", "0.125, 0.12", "0.375, 0.38", "12.5, 12.50",
    "0, 0.00", "100, 100.00", "14.095, 14.10", "1e20, 100000000000000000000.00"
  })
  void fixedTwoDecimalsRoundsExactBinaryValueHalfEven(double value, String expected) {
    assertEquals(expected, PythonNumbers.fixed(value, 2));
  }

  @ParameterizedTest(name = "repr({0}) is {1}")
  @CsvSource({
    "0.0, 0.0", "1.0, 1.0", "0.5, 0.5", "247.11999999999998, 247.11999999999998", "0.1, 0.1",
    "10000000.0, 10000000.0", "1e16, 1e+16", "1.5e16, 1.5e+16", "123456789012345.6, 123456789012345.6",
    "0.0001, 0.0001", "0.00009259259259259259, 9.259259259259259e-05", "1e-05, 1e-05", "3.692662222325506, 3.692662222325506",
    "2e-3, 0.002", "5e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e+308", "-2.5, -2.5"
  })
  void reprGivesShortestRoundTripText(double value, String expected) {
    assertEquals(expected, PythonNumbers.repr(value));
  }
}
