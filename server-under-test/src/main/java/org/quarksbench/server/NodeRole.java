package org.quarksbench.server;

/** The set of nodes that one server process runs. */
public enum NodeRole {
  /** The centralized server and the whole quarks network in this JVM (each selectable). */
  ALL,
  /** Only the quarks ordering service. */
  ORDERER,
  /** Only the peer of {@code --org}. */
  PEER,
  /** Only the gateway of {@code --org}. */
  GATEWAY
}
