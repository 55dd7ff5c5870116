package org.quarksbench.compare.gate;

/** The reports that contain an endpoint: both, or only one of them. */
public enum Presence {
  BOTH,
  BASELINE_ONLY,
  CANDIDATE_ONLY
}
