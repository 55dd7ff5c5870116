package org.quarksbench.simulation.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quarksbench.InvalidInputException;

class BenchSettingsTest {
  private static final String PROPERTY = "quarksbench.test.benchSetting";

  @AfterEach
  void clearProperty() {
    System.clearProperty(PROPERTY);
  }

  @Test
  void loopbackUrlAcceptsLoopbackHosts() {
    for (String url : new String[] {"http://127.0.0.1:8080/x", "http://localhost/", "http://[::1]:9000/a"}) {
      System.setProperty(PROPERTY, url);
      assertEquals(URI.create(url), BenchSettings.loopbackUrl(PROPERTY));
    }
  }

  @Test
  void loopbackUrlRejectsOtherHostsWithTheValue() {
    for (String url : new String[] {"http://10.0.0.5/", "http://example.com/", "http://169.254.169.254/"}) {
      System.setProperty(PROPERTY, url);
      InvalidInputException error = assertThrows(InvalidInputException.class, () -> BenchSettings.loopbackUrl(PROPERTY));
      assertTrue(error.getMessage().contains(url), error.getMessage());
      assertTrue(error.getMessage().contains("127.0.0.1"), error.getMessage());
    }
  }

  @Test
  void loopbackUrlRejectsMissingAndNonHttpValues() {
    InvalidInputException missing = assertThrows(InvalidInputException.class, () -> BenchSettings.loopbackUrl(PROPERTY));
    assertTrue(missing.getMessage().contains("missing system property '" + PROPERTY + "'"), missing.getMessage());

    System.setProperty(PROPERTY, "https://127.0.0.1/");
    InvalidInputException https = assertThrows(InvalidInputException.class, () -> BenchSettings.loopbackUrl(PROPERTY));
    assertTrue(https.getMessage().contains("https://127.0.0.1/"), https.getMessage());
  }

  @Test
  void durationParsesEveryForm() {
    assertEquals(Duration.ofSeconds(90), BenchSettings.parseDuration("90"));
    assertEquals(Duration.ofSeconds(90), BenchSettings.parseDuration("90s"));
    assertEquals(Duration.ofMinutes(5), BenchSettings.parseDuration("5m"));
    assertEquals(Duration.ofMinutes(90), BenchSettings.parseDuration("1h30m"));
    assertNull(BenchSettings.parseDuration("5 minutes"));
    assertNull(BenchSettings.parseDuration(""));
  }

  @Test
  void durationRejectsZeroAndGarbage() {
    assertEquals(Duration.ofSeconds(7), BenchSettings.duration(PROPERTY, Duration.ofSeconds(7)));
    for (String value : new String[] {"0s", "-5", "soon"}) {
      System.setProperty(PROPERTY, value);
      InvalidInputException error =
          assertThrows(InvalidInputException.class, () -> BenchSettings.duration(PROPERTY, Duration.ofSeconds(1)));
      assertTrue(error.getMessage().contains("'" + value + "'"), error.getMessage());
    }
  }

  @Test
  void positiveIntRejectsZeroNegativeAndText() {
    assertEquals(64, BenchSettings.positiveInt(PROPERTY, 64));
    System.setProperty(PROPERTY, "10000");
    assertEquals(10000, BenchSettings.positiveInt(PROPERTY, 64));
    for (String value : new String[] {"0", "-3", "many", "1.5"}) {
      System.setProperty(PROPERTY, value);
      InvalidInputException error = assertThrows(InvalidInputException.class, () -> BenchSettings.positiveInt(PROPERTY, 1));
      assertTrue(error.getMessage().contains("'" + value + "'"), error.getMessage());
    }
  }

  @Test
  void requestNameIsMethodAndPath() {
    assertEquals("GET /static.txt", BenchSettings.requestName("GET", URI.create("http://127.0.0.1:1/static.txt")));
    assertEquals("POST /", BenchSettings.requestName("POST", URI.create("http://127.0.0.1:1")));
  }
}
