package org.quarksbench.server.quarks.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The hash chain rule: how a block's hash is computed and how a block is checked against its parent. */
public final class BlockHashes {
  /** The previous hash of block 0: 64 zero hex digits. */
  public static final String GENESIS_PREVIOUS_HASH = "0".repeat(64);

  private BlockHashes() {}

  /**
   * Returns the SHA-256, in lowercase hex, over the channel, number and previous hash and, per transaction,
   * its signed bytes and signature, each field prefixed with its length.
   */
  public static String hashOf(String channel, long number, String previousHash, List<Transaction> transactions) {
    MessageDigest digest = sha256();
    update(digest, channel.getBytes(StandardCharsets.UTF_8));
    digest.update(ByteBuffer.allocate(8).putLong(number).array());
    update(digest, previousHash.getBytes(StandardCharsets.UTF_8));
    digest.update(ByteBuffer.allocate(4).putInt(transactions.size()).array());
    for (Transaction transaction : transactions) {
      update(digest, transaction.signedBytes());
      update(digest, String.valueOf(transaction.signature()).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Checks that {@code block} follows a chain of {@code expectedNumber} blocks whose head hash is
   * {@code expectedPreviousHash} and that its own hash matches its content.
   *
   * @return null if the block fits, else the reason it does not
   */
  public static String checkLink(Block block, long expectedNumber, String expectedPreviousHash) {
    if (block.number() != expectedNumber) {
      return "block number " + block.number() + " where " + expectedNumber + " was expected";
    }
    if (!block.previousHash().equals(expectedPreviousHash)) {
      return "block " + block.number() + " has previous hash " + block.previousHash()
          + " but the chain's head hash is " + expectedPreviousHash;
    }
    String computed = hashOf(block.channel(), block.number(), block.previousHash(), block.transactions());
    if (!computed.equals(block.hash())) {
      return "block " + block.number() + " carries hash " + block.hash() + " but its content hashes to " + computed;
    }
    return null;
  }

  private static void update(MessageDigest digest, byte[] bytes) {
    digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
