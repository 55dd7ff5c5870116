package org.quarksbench.server.quarks.orderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarksbench.server.quarks.ledger.Transaction;

class BlockCutterTest {
  private static Transaction transaction(String id, int textChars) {
    return new Transaction(id, "channel-1", "alice@org1.com", "org1", "x".repeat(textChars), 1L, "sig");
  }

  @Test
  void cutsAtMaxMessageCount() {
    BlockCutter cutter = new BlockCutter(3, 1_000_000);

    assertEquals(List.of(), cutter.add(transaction("a", 1)));
    assertEquals(List.of(), cutter.add(transaction("b", 1)));
    List<List<Transaction>> batches = cutter.add(transaction("c", 1));

    assertEquals(1, batches.size());
    assertEquals(List.of("a", "b", "c"), batches.get(0).stream().map(Transaction::txId).toList());
    assertFalse(cutter.hasPending());
  }

  @Test
  void cutsBeforeTransactionThatOverflowsPreferredMaxBytes() {
    int size = transaction("a", 100).sizeBytes();
    BlockCutter cutter = new BlockCutter(100, size * 2 + size / 2);

    cutter.add(transaction("a", 100));
    cutter.add(transaction("b", 100));
    List<List<Transaction>> batches = cutter.add(transaction("c", 100));

    assertEquals(1, batches.size());
    assertEquals(List.of("a", "b"), batches.get(0).stream().map(Transaction::txId).toList());
    assertTrue(cutter.hasPending(), "c stays pending for the next block");
    assertEquals(List.of("c"), cutter.cutPending().stream().map(Transaction::txId).toList());
  }

  @Test
  void oversizedTransactionGetsBlockOfItsOwn() {
    BlockCutter cutter = new BlockCutter(100, 500);

    cutter.add(transaction("small", 10));
    List<List<Transaction>> batches = cutter.add(transaction("huge", 1000));

    assertEquals(2, batches.size());
    assertEquals(List.of("small"), batches.get(0).stream().map(Transaction::txId).toList());
    assertEquals(List.of("huge"), batches.get(1).stream().map(Transaction::txId).toList());
    assertFalse(cutter.hasPending());
  }

  @Test
  void cutPendingReturnsWaitingTransactionsForTimeout() {
    BlockCutter cutter = new BlockCutter(10, 1_000_000);
    cutter.add(transaction("a", 1));

    List<Transaction> batch = cutter.cutPending();

    assertEquals(List.of("a"), batch.stream().map(Transaction::txId).toList());
    assertFalse(cutter.hasPending());
    assertEquals(List.of(), cutter.cutPending());
  }
}
