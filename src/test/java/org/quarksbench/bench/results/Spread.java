package org.quarksbench.bench.results;

import java.util.Arrays;
import java.util.Collection;

/**
 * Minimum, median and maximum of a figure over the repeats of a benchmark. The median of an even count
 * is the mean of the two middle values.
 */
public record Spread(double min, double median, double max, int count) {

  /** Returns the spread of {@code values}; throws IllegalArgumentException when there are none. */
  public static Spread of(Collection<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("cannot compute min/median/max of no values");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return new Spread(sorted[0], median, sorted[sorted.length - 1], sorted.length);
  }
}
