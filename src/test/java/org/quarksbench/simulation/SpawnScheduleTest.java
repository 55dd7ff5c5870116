package org.quarksbench.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpawnScheduleTest {
  @Test
  void wholeRateStartsBatchesEverySecond() {
    List<SpawnSchedule.Batch> batches = SpawnSchedule.of(20, 5).batches();

    assertEquals(4, batches.size());
    for (int i = 0; i < 4; i++) {
      assertEquals(Duration.ofSeconds(i), batches.get(i).offset());
      assertEquals(5, batches.get(i).users());
    }
  }

  @Test
  void lastBatchHoldsTheRemainder() {
    List<SpawnSchedule.Batch> batches = SpawnSchedule.of(12, 5).batches();

    assertEquals(3, batches.size());
    assertEquals(2, batches.get(2).users());
    assertEquals(Duration.ofSeconds(2), batches.get(2).offset());
  }

  @Test
  void fractionalRateStartsOneUserPerInterval() {
    List<SpawnSchedule.Batch> batches = SpawnSchedule.of(3, 0.5).batches();

    assertEquals(List.of(
        new SpawnSchedule.Batch(Duration.ZERO, 1),
        new SpawnSchedule.Batch(Duration.ofSeconds(2), 1),
        new SpawnSchedule.Batch(Duration.ofSeconds(4), 1)), batches);
  }

  @Test
  void rateAboveOneWithFractionUsesFloorBatches() {
    // Locust 2.x: batches of floor(2.5) = 2 users, one batch every 2 / 2.5 = 0.8 s.
    List<SpawnSchedule.Batch> batches = SpawnSchedule.of(5, 2.5).batches();

    assertEquals(3, batches.size());
    assertEquals(Duration.ofMillis(800), batches.get(1).offset());
    assertEquals(Duration.ofMillis(1600), batches.get(2).offset());
    assertEquals(1, batches.get(2).users());
  }

  @Test
  void zeroUsersGiveNoBatch() {
    SpawnSchedule schedule = SpawnSchedule.of(0, 5);

    assertEquals(List.of(), schedule.batches());
    assertEquals(Duration.ZERO, schedule.spawnDuration());
  }

  @Test
  void invalidArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> SpawnSchedule.of(-1, 5));
    assertThrows(IllegalArgumentException.class, () -> SpawnSchedule.of(5, 0));
    assertThrows(IllegalArgumentException.class, () -> SpawnSchedule.of(5, Double.NaN));
  }
}
