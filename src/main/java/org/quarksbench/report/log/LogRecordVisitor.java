package org.quarksbench.report.log;

/**
 * Receives the records of one simulation.log in file order, from {@link SimulationLogReader}.
 *
 * <p>{@link #onRun} comes first and exactly once. Group records are ignored unless a visitor overrides
 * {@link #onGroup}, because the Locust tables do not use them.
 */
public interface LogRecordVisitor {
  void onRun(RunRecord run);

  void onRequest(RequestRecord request);

  void onUser(UserRecord user);

  void onError(ErrorRecord error);

  default void onGroup(GroupRecord group) {}
}
