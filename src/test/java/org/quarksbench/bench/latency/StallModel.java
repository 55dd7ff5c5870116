package org.quarksbench.bench.latency;

import java.util.Locale;

/**
 * Latency model of {@link StallingLatencyServer}: every response waits a base delay drawn uniformly from
 * [{@code baseMinMillis}, {@code baseMaxMillis}], and the server stalls for {@code stallMillis} at the
 * start of every {@code periodMillis}. A request that arrives during a stall waits until the stall ends,
 * then its base delay.
 *
 * <p>For requests that arrive at a constant rate, independent of the responses (an open workload), the
 * arrival phase within the period is uniform. The latency is then the base delay alone with probability
 * {@code 1 - stallMillis / periodMillis}, and the base delay plus a uniform wait in [0, stallMillis)
 * otherwise. {@link #expectedPercentileMillis} returns the percentiles of that mixture.
 */
public record StallModel(double baseMinMillis, double baseMaxMillis, long periodMillis, long stallMillis) {

  public StallModel {
    if (!(baseMinMillis >= 0) || !(baseMaxMillis >= baseMinMillis)) {
      throw new IllegalArgumentException(
          "base delay range [" + baseMinMillis + ", " + baseMaxMillis + "] ms is invalid: expected 0 <= min <= max");
    }
    if (periodMillis <= 0) {
      throw new IllegalArgumentException("periodMillis must be > 0 but was " + periodMillis);
    }
    if (stallMillis < 0 || stallMillis >= periodMillis) {
      throw new IllegalArgumentException(
          "stallMillis must be in [0, periodMillis=" + periodMillis + ") but was " + stallMillis);
    }
  }

  /** Returns the wait until the current stall ends for a request arriving {@code sinceStartMillis} after the first stall began. */
  public double stallWaitMillis(double sinceStartMillis) {
    double phase = sinceStartMillis % periodMillis;
    return phase < stallMillis ? stallMillis - phase : 0.0;
  }

  /** Returns the fraction of evenly spaced arrivals that land in a stall. */
  public double stalledFraction() {
    return (double) stallMillis / periodMillis;
  }

  /** Returns the probability that one request's latency is at most {@code millis}, for open-workload arrivals. */
  public double cumulativeProbability(double millis) {
    double stalled = stalledFraction();
    return (1 - stalled) * baseCumulative(millis) + stalled * baseplusStallCumulative(millis);
  }

  /**
   * Returns the latency in ms below which {@code percentile} percent of open-workload requests fall.
   *
   * @param percentile in (0, 100]; 100 returns the maximum possible latency
   */
  public double expectedPercentileMillis(double percentile) {
    if (!(percentile > 0 && percentile <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100] but was " + percentile);
    }
    double target = percentile / 100.0;
    double low = 0;
    double high = baseMaxMillis + stallMillis;
    // Bisection to 1 microsecond: the cumulative probability is continuous and non-decreasing.
    while (high - low > 0.001) {
      double middle = (low + high) / 2;
      if (cumulativeProbability(middle) >= target) {
        high = middle;
      } else {
        low = middle;
      }
    }
    return high;
  }

  /** Returns the model in the form the server's options and the benchmark doc use. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "base delay uniform %s-%s ms, stall of %d ms every %d ms",
        trim(baseMinMillis), trim(baseMaxMillis), stallMillis, periodMillis);
  }

  private double baseCumulative(double millis) {
    if (baseMaxMillis == baseMinMillis) {
      return millis >= baseMinMillis ? 1.0 : 0.0;
    }
    return clamp((millis - baseMinMillis) / (baseMaxMillis - baseMinMillis));
  }

  /** Returns P(base + wait <= millis) with wait uniform in [0, stallMillis), by integrating over the base delay. */
  private double baseplusStallCumulative(double millis) {
    if (stallMillis == 0) {
      return baseCumulative(millis);
    }
    if (baseMaxMillis == baseMinMillis) {
      return clamp((millis - baseMinMillis) / stallMillis);
    }
    int steps = 2000;
    double width = (baseMaxMillis - baseMinMillis) / steps;
    double sum = 0;
    for (int i = 0; i < steps; i++) {
      double base = baseMinMillis + (i + 0.5) * width;
      sum += clamp((millis - base) / stallMillis);
    }
    return sum / steps;
  }

  private static double clamp(double probability) {
    return Math.max(0.0, Math.min(1.0, probability));
  }

  private static String trim(double millis) {
    return millis == Math.rint(millis) ? Long.toString((long) millis) : Double.toString(millis);
  }
}
