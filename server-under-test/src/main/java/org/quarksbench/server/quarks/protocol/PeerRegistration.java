package org.quarksbench.server.quarks.protocol;

/** A peer's request to the orderer for block delivery to {@code url}; {@code org} selects its channels. */
public record PeerRegistration(String org, String url) {}
