package org.quarksbench.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quarksbench.InvalidInputException;

class DurationOptionTest {
  @Test
  void parsesLocustForms() {
    assertEquals(Duration.ofSeconds(20), DurationOption.parse("runTime", "20"));
    assertEquals(Duration.ofSeconds(90), DurationOption.parse("runTime", "90s"));
    assertEquals(Duration.ofMinutes(5), DurationOption.parse("runTime", "5m"));
    assertEquals(Duration.ofHours(2), DurationOption.parse("runTime", "2h"));
    assertEquals(Duration.ofMinutes(90), DurationOption.parse("runTime", "1h30m"));
    assertEquals(Duration.ofSeconds(3 * 3600 + 30 * 60 + 10), DurationOption.parse("runTime", "3h30m10s"));
  }

  @Test
  void parsesMillisecondParts() {
    assertEquals(Duration.ofMillis(500), DurationOption.parse("requestTimeout", "500ms"));
    assertEquals(Duration.ofMillis(1500), DurationOption.parse("requestTimeout", "1s500ms"));
    assertEquals(Duration.ofMinutes(2), DurationOption.parse("requestTimeout", " 2M "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "5x", "m5", "1.5m", "-3s", "30s1m", "99999999999999999999"})
  void rejectsInvalidForms(String value) {
    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> DurationOption.parse("runTime", value));
    assertTrue(error.getMessage().contains("runTime"), error.getMessage());
    assertTrue(error.getMessage().contains("'" + value + "'"), error.getMessage());
    assertTrue(error.getMessage().contains("1h30m"), error.getMessage());
  }

  @Test
  void formatsBackToTheSameForms() {
    assertEquals("1m30s", DurationOption.format(Duration.ofSeconds(90)));
    assertEquals("1h30m", DurationOption.format(Duration.ofMinutes(90)));
    assertEquals("500ms", DurationOption.format(Duration.ofMillis(500)));
    assertEquals("0s", DurationOption.format(Duration.ZERO));
  }
}
