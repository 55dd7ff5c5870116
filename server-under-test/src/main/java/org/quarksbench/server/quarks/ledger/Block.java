package org.quarksbench.server.quarks.ledger;

import java.util.List;

/**
 * One block of a channel's chain.
 *
 * @param number position in the chain, from 0
 * @param previousHash hash of block {@code number - 1}, or {@link BlockHashes#GENESIS_PREVIOUS_HASH} for block 0
 * @param hash SHA-256 over the channel, number, previous hash and transactions, hex; see {@link BlockHashes#hashOf}
 * @param ordererSignature Base64 signature of the orderer's key over the hash, or null before it signs
 */
public record Block(String channel, long number, String previousHash, List<Transaction> transactions, String hash,
    String ordererSignature) {
  public Block {
    if (number < 0) {
      throw new IllegalArgumentException("block number must be >= 0 but was " + number);
    }
    transactions = List.copyOf(transactions);
  }

  /** Creates an unsigned block. */
  public Block(String channel, long number, String previousHash, List<Transaction> transactions, String hash) {
    this(channel, number, previousHash, transactions, hash, null);
  }

  /** Builds unsigned block {@code number} over {@code transactions} with its hash computed. */
  public static Block create(String channel, long number, String previousHash, List<Transaction> transactions) {
    return new Block(channel, number, previousHash, transactions,
        BlockHashes.hashOf(channel, number, previousHash, transactions));
  }

  public Block withOrdererSignature(String signature) {
    return new Block(channel, number, previousHash, transactions, hash, signature);
  }
}
