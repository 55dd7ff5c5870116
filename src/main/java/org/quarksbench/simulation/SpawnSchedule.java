package org.quarksbench.simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When users start, as Locust 2.x spawns them: batches of {@code max(1, floor(spawnRate))} users, one batch
 * every {@code batchSize / spawnRate} seconds, the first at once. With 50 users at 5 users/s, batches of 5
 * start at 0, 1, 2, ... 9 s.
 */
public final class SpawnSchedule {
  /** One batch of users that start together. */
  public record Batch(Duration offset, int users) {}

  private final List<Batch> batches;

  private SpawnSchedule(List<Batch> batches) {
    this.batches = List.copyOf(batches);
  }

  /** Builds the schedule for {@code users} users (at least 0) at {@code spawnRate} users per second (above 0). */
  public static SpawnSchedule of(int users, double spawnRate) {
    if (users < 0) {
      throw new IllegalArgumentException("users < 0: " + users);
    }
    if (!(spawnRate > 0) || Double.isInfinite(spawnRate)) {
      throw new IllegalArgumentException("spawnRate must be a positive number: " + spawnRate);
    }
    int batchSize = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.floor(spawnRate)));
    double intervalSeconds = batchSize / spawnRate;
    List<Batch> batches = new ArrayList<>();
    int started = 0;
    for (int index = 0; started < users; index++) {
      int size = Math.min(batchSize, users - started);
      long offsetNanos = Math.round(index * intervalSeconds * 1e9);
      batches.add(new Batch(Duration.ofNanos(offsetNanos), size));
      started += size;
    }
    return new SpawnSchedule(batches);
  }

  /** Returns the batches in start order. */
  public List<Batch> batches() {
    return batches;
  }

  /** Returns the offset of the last batch: how long spawning takes. */
  public Duration spawnDuration() {
    return batches.isEmpty() ? Duration.ZERO : batches.get(batches.size() - 1).offset();
  }
}
