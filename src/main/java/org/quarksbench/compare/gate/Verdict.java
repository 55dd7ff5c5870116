package org.quarksbench.compare.gate;

/** Outcome of one metric of one endpoint. */
public enum Verdict {
  /** Checked, and the change stays within the threshold. */
  OK("ok"),
  /** Checked, and the value got better by more than the threshold. */
  IMPROVED("improved"),
  /** Checked, and the value got worse by more than the threshold: the gate fails. */
  REGRESSION("REGRESSION"),
  /** Shown but not gated, because the threshold's {@code check} setting is false. */
  NOT_CHECKED("-"),
  /** One side has no value (a percentile it does not list, or an endpoint it does not have). */
  NOT_AVAILABLE("n/a");

  private final String mark;

  Verdict(String mark) {
    this.mark = mark;
  }

  /** Returns the mark printed in the verdict column. */
  public String mark() {
    return mark;
  }
}
