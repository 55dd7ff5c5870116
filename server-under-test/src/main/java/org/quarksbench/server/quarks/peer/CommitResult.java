package org.quarksbench.server.quarks.peer;

import java.util.List;
import org.quarksbench.server.quarks.protocol.TxOutcome;

/** The outcome of a peer's attempt to commit a delivered block. */
record CommitResult(Status status, String detail, List<TxOutcome> outcomes) {
  enum Status {
    /** Appended; {@code outcomes} lists which transactions are valid. */
    COMMITTED,
    /** The peer already holds this block. */
    ALREADY_COMMITTED,
    /** The block is ahead of the chain; the peer must fetch the blocks between. */
    GAP,
    /** The block breaks the hash chain or differs from the block the peer holds at that number. */
    REJECTED,
    /** The peer does not know the orderer's key yet, so it cannot check the block's signature. */
    UNVERIFIED
  }

  static CommitResult of(Status status, String detail) {
    return new CommitResult(status, detail, List.of());
  }
}
