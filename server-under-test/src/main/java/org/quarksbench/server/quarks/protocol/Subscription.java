package org.quarksbench.server.quarks.protocol;

/** A gateway's request to its peer to receive every {@link CommitEvent} at {@code url}. */
public record Subscription(String url) {}
