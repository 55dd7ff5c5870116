package org.quarksbench.server.quarks.protocol;

/** Whether a peer accepted a committed transaction; {@code reason} is null when it is valid. */
public record TxOutcome(String txId, boolean valid, String reason) {}
