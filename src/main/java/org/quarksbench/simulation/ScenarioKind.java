package org.quarksbench.simulation;

import java.util.Locale;

/** The two systems under test. Each is a Gatling scenario, a top-level group and a Locust tag of the same name. */
public enum ScenarioKind {
  CENTRALIZED,
  QUARKS;

  /** Returns the scenario, group and tag name: {@code centralized} or {@code quarks}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
