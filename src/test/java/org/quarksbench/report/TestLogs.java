package org.quarksbench.report;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of the committed simulation.log fixtures written by Gatling 3.16.0 (see src/test/gatling-logs). */
public final class TestLogs {
  private TestLogs() {}

  /** Returns the results folder of a fixture run, e.g. {@code failure-mix}. */
  public static Path folder(String name) {
    URL url = TestLogs.class.getResource("/gatling-logs/" + name + "/simulation.log");
    if (url == null) {
      throw new IllegalStateException("missing test resource gatling-logs/" + name + "/simulation.log");
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Path log(String name) {
    return folder(name).resolve("simulation.log");
  }
}
