package org.quarksbench.cli;

/** Exit codes shared by every {@code bin/quarks-bench} command. */
public final class ExitCodes {
  /** The command did its work; for {@code compare}, every metric is within its threshold. */
  public static final int OK = 0;
  /** A bug or an environment failure that the user's input did not cause. */
  public static final int INTERNAL_ERROR = 1;
  /** An invalid option, a missing or unreadable file, or a report that cannot be parsed. */
  public static final int BAD_INPUT = 2;
  /** {@code compare} found at least one metric beyond its threshold. */
  public static final int REGRESSION = 3;

  private ExitCodes() {}
}
