package org.quarksbench.compare.gate;

/** Which of the two reports contain an endpoint. */
public enum Presence {
  BOTH,
  BASELINE_ONLY,
  CANDIDATE_ONLY
}
