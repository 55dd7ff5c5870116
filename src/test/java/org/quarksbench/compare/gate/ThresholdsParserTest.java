package org.quarksbench.compare.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.InvalidInputException;
import org.quarksbench.compare.Fixtures;

class ThresholdsParserTest {
  @TempDir Path tempDir;

  @Test
  void fileAndOptionsOverrideDefaults() {
    Path file = Fixtures.write(tempDir, "thresholds.properties",
        "# CI thresholds\np95.relative-percent=10\np95.floor = 5\nmax.check=true\n");

    Thresholds thresholds = ThresholdsParser.applyFile(Thresholds.defaults(), file);
    thresholds = ThresholdsParser.applyOption(thresholds, "p95.floor=7.5");

    assertEquals(new Threshold(true, 10, 7.5), thresholds.of(Metric.P95));
    assertEquals(new Threshold(true, 50, 100), thresholds.of(Metric.MAX));
    assertEquals(Thresholds.defaults().of(Metric.P99), thresholds.of(Metric.P99));
  }

  @Test
  void unknownMetricIsNamed() {
    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> ThresholdsParser.applyOption(Thresholds.defaults(), "p97.floor=3"));

    assertTrue(error.getMessage().startsWith("unknown threshold key 'p97.floor' in --threshold"), error.getMessage());
    assertTrue(error.getMessage().contains("requests-per-second"), error.getMessage());
  }

  @Test
  void negativeValueIsRejected() {
    Path file = Fixtures.write(tempDir, "t.properties", "average.floor=-1\n");

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> ThresholdsParser.applyFile(Thresholds.defaults(), file));

    assertEquals("invalid value '-1' for threshold average.floor in thresholds file " + file
        + ": expected a number >= 0.", error.getMessage());
  }

  @Test
  void unknownSettingIsNamed() {
    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> ThresholdsParser.applyOption(Thresholds.defaults(), "p95.limit=3"));

    assertTrue(error.getMessage().startsWith("unknown threshold setting 'limit'"), error.getMessage());
  }
}
