package org.quarksbench.compare.gate;

/**
 * How much one metric may worsen before {@code compare} calls it a regression.
 *
 * <p>A change counts as a regression only when the worsening exceeds both the floor and
 * {@code relativePercent} of the baseline value. The floor keeps noise on tiny values from failing a build:
 * with 20 % and 25 ms, a p95 of 10 ms may grow to 35 ms, and a p95 of 1000 ms may grow to 1200 ms. A
 * relative percentage of 0 leaves the floor alone in force, which is how failure rates are checked (in
 * percentage points). Improvements beyond the same limit are reported as such but never fail the gate.
 *
 * @param checked false to show the metric without gating on it
 * @param relativePercent allowed worsening as a percentage of the baseline value, 0 or more
 * @param floor allowed worsening in the metric's own unit (ms, percentage points, req/s, requests), 0 or more
 */
public record Threshold(boolean checked, double relativePercent, double floor) {
  public Threshold {
    if (!Double.isFinite(relativePercent) || relativePercent < 0) {
      throw new IllegalArgumentException("relativePercent must be a finite number >= 0, got " + relativePercent);
    }
    if (!Double.isFinite(floor) || floor < 0) {
      throw new IllegalArgumentException("floor must be a finite number >= 0, got " + floor);
    }
  }

  /** Returns the largest worsening from {@code baseline} that is still within this threshold. */
  public double allowedWorsening(double baseline) {
    return Math.max(floor, Math.abs(baseline) * relativePercent / 100.0);
  }

  public Threshold withChecked(boolean newChecked) {
    return new Threshold(newChecked, relativePercent, floor);
  }

  public Threshold withRelativePercent(double newRelativePercent) {
    return new Threshold(checked, newRelativePercent, floor);
  }

  public Threshold withFloor(double newFloor) {
    return new Threshold(checked, relativePercent, newFloor);
  }
}
