package org.quarksbench.report.stats;

import java.util.Arrays;

/**
 * Counts of response times per whole millisecond: exact, and small because it grows with the distinct values,
 * never with the number of requests.
 *
 * <p>Backed by an open-addressing hash table from value to count. Not thread-safe.
 */
public final class ResponseTimeHistogram {
  private static final int EMPTY = -1;
  private static final int INITIAL_CAPACITY = 16;

  private int[] keys = newKeyTable(INITIAL_CAPACITY);
  private long[] counts = new long[INITIAL_CAPACITY];
  private int distinct;
  private long total;

  /** Adds one response time; it must not be negative. */
  public void record(int millis) {
    add(millis, 1);
  }

  /** Adds {@code count} occurrences of {@code millis}. */
  public void add(int millis, long count) {
    if (millis < 0) {
      throw new IllegalArgumentException("response time must be >= 0 ms, got " + millis);
    }
    int slot = slotOf(millis);
    if (keys[slot] == EMPTY) {
      keys[slot] = millis;
      distinct++;
      counts[slot] = count;
      total += count;
      if (distinct * 2 > keys.length) {
        grow();
      }
      return;
    }
    counts[slot] += count;
    total += count;
  }

  /** Adds every count of {@code other} to this histogram. */
  public void addAll(ResponseTimeHistogram other) {
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != EMPTY) {
        add(other.keys[i], other.counts[i]);
      }
    }
  }

  public long totalCount() {
    return total;
  }

  public int distinctValues() {
    return distinct;
  }

  /** Receives a time and its count. */
  @FunctionalInterface
  public interface CountConsumer {
    void accept(int millis, long count);
  }

  /** Passes every distinct time and its count to {@code consumer}, in no particular order. */
  public void forEach(CountConsumer consumer) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        consumer.accept(keys[i], counts[i]);
      }
    }
  }

  /** Returns the distinct values in ascending order and their counts, as a snapshot. */
  public SortedCounts sortedCounts() {
    int[] values = new int[distinct];
    int n = 0;
    for (int key : keys) {
      if (key != EMPTY) {
        values[n++] = key;
      }
    }
    Arrays.sort(values);
    long[] valueCounts = new long[distinct];
    for (int i = 0; i < distinct; i++) {
      valueCounts[i] = counts[slotOf(values[i])];
    }
    return new SortedCounts(values, valueCounts, total);
  }

  private int slotOf(int key) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /**
   * Shrinks the table to the smallest power of two above 1.15 times the distinct values, a load that keeps
   * lookups short. A later {@link #add} grows it again when needed.
   */
  public void compact() {
    int capacity = Integer.highestOneBit(Math.max(INITIAL_CAPACITY - 1, distinct + distinct / 7)) * 2;
    if (capacity < keys.length) {
      rehash(capacity);
    }
  }

  private void grow() {
    rehash(keys.length * 2);
  }

  private void rehash(int capacity) {
    int[] oldKeys = keys;
    long[] oldCounts = counts;
    keys = newKeyTable(capacity);
    counts = new long[capacity];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slotOf(oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }

  private static int[] newKeyTable(int capacity) {
    int[] table = new int[capacity];
    Arrays.fill(table, EMPTY);
    return table;
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
