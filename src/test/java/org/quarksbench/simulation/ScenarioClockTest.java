package org.quarksbench.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ScenarioClockTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final ScenarioClock clock = new ScenarioClock("quarks", Duration.ofSeconds(10), now::get);

  @Test
  void notRunningBeforeFirstUser() {
    assertFalse(clock.isRunning());
    assertEquals(Duration.ZERO, clock.waitTime(Duration.ofSeconds(1), Duration.ofSeconds(5)));
  }

  @Test
  void runsFromFirstUserUntilRunTime() {
    clock.startIfFirst();
    now.addAndGet(Duration.ofSeconds(9).toNanos());
    clock.startIfFirst();

    assertTrue(clock.isRunning());
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertFalse(clock.isRunning());
  }

  @Test
  void waitStaysWithinBetweenBounds() {
    clock.startIfFirst();
    for (int i = 0; i < 1000; i++) {
      Duration wait = clock.waitTime(Duration.ofSeconds(1), Duration.ofSeconds(5));
      assertTrue(wait.toMillis() >= 1000, "wait " + wait);
      assertTrue(wait.toMillis() < 5000, "wait " + wait);
    }
  }

  @Test
  void waitIsCutAtDeadline() {
    clock.startIfFirst();
    now.addAndGet(Duration.ofMillis(9_500).toNanos());

    assertEquals(Duration.ofMillis(500), clock.waitTime(Duration.ofSeconds(1), Duration.ofSeconds(5)));
  }
}
