package org.quarksbench.server.quarks.orderer;

import java.util.ArrayList;
import java.util.List;
import org.quarksbench.server.quarks.ledger.Transaction;

/**
 * The block cutting rule of Hyperledger Fabric's orderer ({@code orderer/common/blockcutter/blockcutter.go}),
 * for one channel: a batch is cut when it reaches MaxMessageCount
 * transactions, when the next transaction would push it past PreferredMaxBytes, or when the batch timeout
 * fires ({@link #cutPending}). A transaction larger than PreferredMaxBytes is cut into a batch of its own.
 *
 * <p>Not thread-safe; the owner serializes calls and runs the batch timer.
 */
final class BlockCutter {
  private final int maxMessageCount;
  private final int preferredMaxBytes;
  private List<Transaction> pending = new ArrayList<>();
  private int pendingBytes;

  BlockCutter(int maxMessageCount, int preferredMaxBytes) {
    this.maxMessageCount = maxMessageCount;
    this.preferredMaxBytes = preferredMaxBytes;
  }

  /** Adds {@code transaction} and returns the batches cut by it, in order (often none). */
  List<List<Transaction>> add(Transaction transaction) {
    List<List<Transaction>> batches = new ArrayList<>(2);
    int size = transaction.sizeBytes();
    if (size > preferredMaxBytes) {
      if (!pending.isEmpty()) {
        batches.add(cutPending());
      }
      batches.add(List.of(transaction));
      return batches;
    }
    if (pendingBytes + size > preferredMaxBytes) {
      batches.add(cutPending());
    }
    pending.add(transaction);
    pendingBytes += size;
    if (pending.size() >= maxMessageCount) {
      batches.add(cutPending());
    }
    return batches;
  }

  /** Removes and returns the pending batch; empty if none. */
  List<Transaction> cutPending() {
    List<Transaction> batch = pending;
    pending = new ArrayList<>();
    pendingBytes = 0;
    return batch;
  }

  boolean hasPending() {
    return !pending.isEmpty();
  }
}
