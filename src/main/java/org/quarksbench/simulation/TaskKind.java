package org.quarksbench.simulation;

import java.util.Locale;

/** The two tasks of each scenario, with their Locust weights and tags. */
public enum TaskKind {
  /** {@code POST /sendMessage}, weight 1. */
  SEND(1),
  /** {@code POST /readMessage} (centralized) or {@code GET /readMessage} (quarks), weight 2. */
  READ(2);

  private final int weight;

  TaskKind(int weight) {
    this.weight = weight;
  }

  /** Returns the Locust task weight: the task is picked with probability weight / sum of weights. */
  public int weight() {
    return weight;
  }

  /** Returns the tag that selects this task in {@code tags} and {@code excludeTags}: {@code send} or {@code read}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
