package org.quarksbench.server.quarks;

import java.util.List;
import java.util.Set;

/** A channel and the organisations that are its members; each member's peer keeps the channel's ledger. */
public record ChannelConfig(String name, Set<String> orgs) {
  public ChannelConfig {
    orgs = Set.copyOf(orgs);
  }

  /** Returns the channels of the researchers' network. */
  public static List<ChannelConfig> defaults() {
    return List.of(
        new ChannelConfig("channel-123", Set.of("org1", "org2", "org3")),
        new ChannelConfig("channel-23", Set.of("org2", "org3")),
        new ChannelConfig("channel-1", Set.of("org1")));
  }
}
