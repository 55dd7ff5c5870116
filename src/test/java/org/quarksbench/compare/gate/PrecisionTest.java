package org.quarksbench.compare.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrecisionTest {
  @Test
  void consoleTruncatesTimesRoundsRatesHalfEven() {
    assertEquals(16519.0, Precision.CONSOLE.apply(MetricUnit.MILLIS, 16519.9));
    assertEquals(3.12, Precision.CONSOLE.apply(MetricUnit.PERCENT, 3.125));
    assertEquals(1.0, Precision.CONSOLE.apply(MetricUnit.RATE, 1.005));
    assertEquals(16519.9, Precision.EXACT.apply(MetricUnit.MILLIS, 16519.9));
  }

  @Test
  void coarserPrecisionWins() {
    assertEquals(Precision.CONSOLE, Precision.coarser(Precision.EXACT, Precision.CONSOLE));
    assertEquals(Precision.EXACT, Precision.coarser(Precision.EXACT, Precision.EXACT));
  }
}
