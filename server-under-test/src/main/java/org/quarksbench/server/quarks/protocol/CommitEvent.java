package org.quarksbench.server.quarks.protocol;

import java.util.List;

/** A peer's notice to its gateway that it committed block {@code blockNumber} of {@code channel}. */
public record CommitEvent(String channel, long blockNumber, List<TxOutcome> outcomes) {}
