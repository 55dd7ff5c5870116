package org.quarksbench.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocustBucketsTest {
  @ParameterizedTest(name = "{0} ms -> {1}")
  @CsvSource({
    "0, 0", "1, 1", "99, 99",
    "100, 100", "104, 100", "105, 100", "115, 120", "125, 120", "135, 140", "145, 140", "155, 160", "994, 990",
    "995, 1000", "999, 1000",
    "1000, 1000", "1049, 1000", "1050, 1000", "1150, 1200", "1250, 1200", "2250, 2200", "2350, 2400",
    "9949, 9900", "9950, 10000", "9999, 10000",
    "10000, 10000", "10500, 10000", "11500, 12000", "12500, 12000", "180000, 180000", "2147483647, 2147484000"
  })
  void roundsHalfToEvenPerBand(int millis, long expected) {
    assertEquals(expected, (long) LocustBuckets.bucketOf(millis));
  }
}
