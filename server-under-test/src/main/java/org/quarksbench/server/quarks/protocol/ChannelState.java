package org.quarksbench.server.quarks.protocol;

/** A channel's chain as one node holds it: the number of blocks and the hash of the last. */
public record ChannelState(long height, String headHash) {}
