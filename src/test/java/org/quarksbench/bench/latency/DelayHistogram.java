package org.quarksbench.bench.latency;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts of delays in 100-microsecond buckets up to {@link #MAX_MILLIS}, safe for concurrent recording.
 * A delay above the range is counted in the last bucket, so percentiles above it read as the maximum.
 */
final class DelayHistogram {
  static final long MAX_MILLIS = 30_000;
  private static final int BUCKETS_PER_MILLI = 10;

  private final AtomicLongArray counts = new AtomicLongArray((int) (MAX_MILLIS * BUCKETS_PER_MILLI) + 1);

  void record(double delayMillis) {
    int bucket = (int) Math.min(counts.length() - 1, Math.max(0, Math.round(delayMillis * BUCKETS_PER_MILLI)));
    counts.incrementAndGet(bucket);
  }

  void reset() {
    for (int i = 0; i < counts.length(); i++) {
      counts.set(i, 0);
    }
  }

  long count() {
    long total = 0;
    for (int i = 0; i < counts.length(); i++) {
      total += counts.get(i);
    }
    return total;
  }

  /** Returns the nearest-rank percentile in ms (resolution 0.1 ms), or 0 when nothing was recorded. */
  double percentileMillis(double percentile) {
    long total = count();
    if (total == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * total));
    long seen = 0;
    for (int i = 0; i < counts.length(); i++) {
      seen += counts.get(i);
      if (seen >= rank) {
        return (double) i / BUCKETS_PER_MILLI;
      }
    }
    return MAX_MILLIS;
  }
}
