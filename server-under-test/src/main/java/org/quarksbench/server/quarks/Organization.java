package org.quarksbench.server.quarks;

import java.util.List;

/** An organisation of the network and the user its gateway enrolls at start. */
public record Organization(String name, String defaultUser) {
  /** Returns the researchers' three organisations; {@code alice@org1.com} is the user of their load test. */
  public static List<Organization> defaults() {
    return List.of(
        new Organization("org1", "alice@org1.com"),
        new Organization("org2", "bob@org2.com"),
        new Organization("org3", "charlie@org3.com"));
  }
}
