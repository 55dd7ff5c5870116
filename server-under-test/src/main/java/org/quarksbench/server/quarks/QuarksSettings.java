package org.quarksbench.server.quarks;

import java.time.Duration;

/**
 * Settings of the quarks network.
 *
 * @param batchTimeout time after a block's first transaction at which the orderer cuts the block
 * @param maxMessageCount transactions at which the orderer cuts a block at once
 * @param preferredMaxBytes block size at which the orderer cuts; a larger transaction gets a block alone
 * @param commitTimeout time a gateway waits for its peer to commit a transaction before it responds with 504
 * @param ordererQueueSize transactions per channel accepted by the orderer and not yet in a written block;
 *     beyond it the orderer responds with 503
 * @param syncInterval how often a peer fetches the blocks it lacks from the orderer, and a gateway renews its
 *     subscription to its peer's commit events
 * @param validationCostPerTransaction time a peer waits per transaction of a block, in its serial commit
 *     path, before it appends the block; zero by default. It models the validation and state
 *     database work of a Fabric peer that this network does not do, so that commit latency can rise with
 *     load as it did in the researchers' runs.
 */
public record QuarksSettings(
    Duration batchTimeout,
    int maxMessageCount,
    int preferredMaxBytes,
    Duration commitTimeout,
    int ordererQueueSize,
    Duration syncInterval,
    Duration validationCostPerTransaction) {

  public QuarksSettings {
    requirePositive("batchTimeout", batchTimeout);
    requirePositive("commitTimeout", commitTimeout);
    requirePositive("syncInterval", syncInterval);
    if (validationCostPerTransaction == null || validationCostPerTransaction.isNegative()) {
      throw new IllegalArgumentException("validationCostPerTransaction must be zero or positive but was "
          + validationCostPerTransaction);
    }
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

  /** Creates settings without a modelled validation cost. */
  public QuarksSettings(Duration batchTimeout, int maxMessageCount, int preferredMaxBytes, Duration commitTimeout,
      int ordererQueueSize, Duration syncInterval) {
    this(batchTimeout, maxMessageCount, preferredMaxBytes, commitTimeout, ordererQueueSize, syncInterval,
        Duration.ZERO);
  }

  /** Returns the researchers' ordering settings: BatchTimeout 2 s, MaxMessageCount 10, PreferredMaxBytes 512 KB. */
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
