package org.quarksbench.server.quarks.ledger;

import java.util.List;

/**
 * One block of a channel's chain.
 *
 * @param number position in the chain, from 0
 * @param previousHash hash of block {@code number - 1}, or {@link BlockHashes#GENESIS_PREVIOUS_HASH} for block 0
 * @param hash SHA-256 over the other fields, hex; see {@link BlockHashes#hashOf}
 */
public record Block(String channel, long number, String previousHash, List<Transaction> transactions, String hash) {
  public Block {
    if (number < 0) {
      throw new IllegalArgumentException("block number must be >= 0 but was " + number);
    }
    transactions = List.copyOf(transactions);
  }

  /** Builds block {@code number} over {@code transactions} with its hash computed. */
  public static Block create(String channel, long number, String previousHash, List<Transaction> transactions) {
    return new Block(channel, number, previousHash, transactions,
        BlockHashes.hashOf(channel, number, previousHash, transactions));
  }
}
