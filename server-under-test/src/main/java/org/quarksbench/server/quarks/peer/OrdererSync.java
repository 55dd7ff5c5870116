package org.quarksbench.server.quarks.peer;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.quarksbench.server.http.Json;
import org.quarksbench.server.http.JsonClient;
import org.quarksbench.server.quarks.ledger.Block;
import org.quarksbench.server.quarks.protocol.AuditReport;
import org.quarksbench.server.quarks.protocol.ChannelState;
import org.quarksbench.server.quarks.protocol.PeerRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A peer's pull of blocks from the orderer: every sync interval, and at once when a pushed block shows a
 * gap, it registers the peer for pushes and fetches the blocks each ledger lacks. The first sync also pins
 * the orderer's block signing key. This is how a restarted or
 * lagging peer catches up. One thread; thread-safe to call.
 */
final class OrdererSync implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OrdererSync.class);
  static final int BLOCKS_PER_FETCH = 100;

  private final String peerName;
  private final PeerRegistration registration;
  private final String ordererUrl;
  private final OrdererKey ordererKey;
  private final Map<String, ChannelLedger> ledgers;
  private final JsonClient client;
  private final CommitPublisher publisher;
  private final ScheduledExecutorService executor;
  private final AtomicBoolean syncRequested = new AtomicBoolean();
  private final AtomicLong failures = new AtomicLong();
  private volatile boolean closing;

  OrdererSync(String peerName, PeerRegistration registration, String ordererUrl, OrdererKey ordererKey,
      Map<String, ChannelLedger> ledgers, JsonClient client, CommitPublisher publisher) {
    this.peerName = peerName;
    this.registration = registration;
    this.ordererUrl = ordererUrl;
    this.ordererKey = ordererKey;
    this.ledgers = ledgers;
    this.client = client;
    this.publisher = publisher;
    this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, peerName + "-sync");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Starts syncing now and then every {@code interval}. */
  void start(Duration interval) {
    executor.scheduleWithFixedDelay(this::syncSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Runs a sync soon, unless one is already requested. */
  void requestSync() {
    if (syncRequested.compareAndSet(false, true)) {
      executor.execute(this::syncSafely);
    }
  }

  private void syncSafely() {
    syncRequested.set(false);
    try {
      syncWithOrderer();
      if (failures.getAndSet(0) > 0) {
        log.info("{}: reached the orderer at {} again", peerName, ordererUrl);
      }
    } catch (IOException | RuntimeException e) {
      if (!closing && failures.incrementAndGet() == 1) {
        log.warn("{}: cannot fetch blocks from the orderer at {}; retrying every sync interval: {}",
            peerName, ordererUrl, e.toString());
      }
    }
  }

  private void syncWithOrderer() throws IOException {
    if (!ordererKey.isKnown()) {
      JsonClient.Reply identity = client.get(ordererUrl + "/identity");
      if (!identity.isSuccessful()) {
        throw new IOException("the orderer responded with HTTP " + identity.status() + " to the identity request");
      }
      ordererKey.pin(Json.MAPPER.readTree(identity.body()).path("publicKey").asText());
      log.info("{}: pinned the orderer's key from {}", peerName, ordererUrl);
    }
    JsonClient.Reply reply = client.post(ordererUrl + "/register", registration);
    if (!reply.isSuccessful()) {
      throw new IOException("the orderer responded with HTTP " + reply.status() + " to the registration");
    }
    AuditReport ordererState = reply.bodyAs(AuditReport.class);
    for (Map.Entry<String, ChannelLedger> entry : ledgers.entrySet()) {
      ChannelState state = ordererState.channels().get(entry.getKey());
      if (state != null) {
        catchUp(entry.getKey(), entry.getValue(), state.height());
      }
    }
  }

  private void catchUp(String channel, ChannelLedger ledger, long targetHeight) throws IOException {
    while (ledger.height() < targetHeight) {
      long from = ledger.height();
      JsonClient.Reply reply = client.get(ordererUrl + "/blocks?channel=" + channel + "&from=" + from
          + "&limit=" + BLOCKS_PER_FETCH);
      if (!reply.isSuccessful()) {
        throw new IOException("the orderer responded with HTTP " + reply.status() + " to a block fetch of " + channel);
      }
      Block[] blocks = reply.bodyAs(Block[].class);
      if (blocks.length == 0) {
        return;
      }
      for (Block block : blocks) {
        CommitResult result = ledger.commit(block);
        if (result.status() == CommitResult.Status.COMMITTED) {
          publisher.publish(block, result);
        } else if (result.status() == CommitResult.Status.REJECTED
            || result.status() == CommitResult.Status.UNVERIFIED) {
          throw new IOException("block " + block.number() + " of " + channel + " from the orderer was rejected: "
              + result.detail());
        }
      }
      log.debug("{}: caught up on {} to height {}", peerName, channel, ledger.height());
    }
  }

  /** Stops syncing and waits up to 5 s for a running sync to end. */
  @Override
  public void close() {
    closing = true;
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
