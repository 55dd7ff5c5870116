package org.quarksbench.server.quarks;

import java.time.Duration;

/**
 * Settings of the quarks network.
 *
 * @param batchTimeout time after a block's first transaction at which the orderer cuts the block
 * @param maxMessageCount transactions at which the orderer cuts a block at once
 * @param preferredMaxBytes block size at which the orderer cuts; a larger transaction gets a block alone
 * @param commitTimeout time a gateway waits for its peer to commit a transaction before it answers 504
 * @param ordererQueueSize transactions per channel accepted by the orderer and not yet in a written block;
 *     beyond it the orderer answers 503
 * @param syncInterval how often a peer asks the orderer for blocks it lacks, and a gateway renews its
 *     subscription to its peer's commit events
 */
public record QuarksSettings(
    Duration batchTimeout,
    int maxMessageCount,
    int preferredMaxBytes,
    Duration commitTimeout,
    int ordererQueueSize,
    Duration syncInterval) {

  public QuarksSettings {
    requirePositive("batchTimeout", batchTimeout);
    requirePositive("commitTimeout", commitTimeout);
    requirePositive("syncInterval", syncInterval);
    if (maxMessageCount < 1) {
      throw new IllegalArgumentException("maxMessageCount must be positive but was " + maxMessageCount);
    }
    if (preferredMaxBytes < 1) {
      throw new IllegalArgumentException("preferredMaxBytes must be positive but was " + preferredMaxBytes);
    }
    if (ordererQueueSize < 1) {
      throw new IllegalArgumentException("ordererQueueSize must be positive but was " + ordererQueueSize);
    }
  }

  /** Fabric's defaults as the researchers ran them: BatchTimeout 2 s, MaxMessageCount 10, 512 KB. */
  public static QuarksSettings defaults() {
    return new QuarksSettings(Duration.ofSeconds(2), 10, 512 * 1024, Duration.ofSeconds(60), 10_000,
        Duration.ofMillis(500));
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration but was " + value);
    }
  }
}
