package org.quarksbench.server.quarks.orderer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.quarksbench.server.http.ApiException;
import org.quarksbench.server.quarks.ledger.Block;
import org.quarksbench.server.quarks.ledger.BlockStore;
import org.quarksbench.server.quarks.ledger.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orders the transactions of one channel: cuts them into batches, and on one writer thread turns each batch
 * into the next block, appends it durably and hands it to the listener. Thread-safe.
 */
final class ChannelOrderer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ChannelOrderer.class);

  private final String channel;
  private final Duration batchTimeout;
  private final int queueSize;
  private final ScheduledExecutorService timer;
  private final ExecutorService writer;
  private final BlockListener listener;
  private final UnaryOperator<Block> signer;
  /** Guarded by itself; written only on the writer thread. */
  private final BlockStore store;

  /** Guarded by {@code this}. */
  private final BlockCutter cutter;
  /** Transactions accepted and not yet in a written block. Guarded by {@code this}. */
  private int queued;
  /** The batch timer of the pending batch, or null. Guarded by {@code this}. */
  private ScheduledFuture<?> batchTimer;

  ChannelOrderer(String channel, Path file, int maxMessageCount, int preferredMaxBytes, Duration batchTimeout,
      int queueSize, ScheduledExecutorService timer, UnaryOperator<Block> signer, BlockListener listener)
      throws IOException {
    this.channel = channel;
    this.batchTimeout = batchTimeout;
    this.queueSize = queueSize;
    this.timer = timer;
    this.listener = listener;
    this.signer = signer;
    this.store = BlockStore.open(file);
    this.cutter = new BlockCutter(maxMessageCount, preferredMaxBytes);
    this.writer = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "orderer-" + channel + "-writer");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Accepts {@code transaction} for the next blocks.
   *
   * @throws ApiException 503 when {@code queueSize} transactions already wait for their block
   */
  void submit(Transaction transaction) {
    List<List<Transaction>> batches;
    synchronized (this) {
      if (queued >= queueSize) {
        throw ApiException.overloaded("The orderer queue of channel '" + channel + "' is full with " + queued
            + " transactions that wait for a block; retry later.");
      }
      queued++;
      batches = cutter.add(transaction);
      if (!batches.isEmpty() && batchTimer != null) {
        batchTimer.cancel(false);
        batchTimer = null;
      }
      if (cutter.hasPending() && batchTimer == null) {
        batchTimer = timer.schedule(this::cutOnTimeout, batchTimeout.toNanos(), TimeUnit.NANOSECONDS);
      }
      // Submitted under the lock so that the writer receives batches in the order they were cut.
      for (List<Transaction> batch : batches) {
        writer.execute(() -> writeBlock(batch));
      }
    }
  }

  private synchronized void cutOnTimeout() {
    batchTimer = null;
    if (!cutter.hasPending()) {
      return;
    }
    List<Transaction> batch = cutter.cutPending();
    writer.execute(() -> writeBlock(batch));
  }

  private void writeBlock(List<Transaction> batch) {
    Block block;
    try {
      synchronized (store) {
        block = signer.apply(Block.create(channel, store.height(), store.headHash(), batch));
        store.append(block);
      }
    } catch (IOException | RuntimeException e) {
      log.error("orderer: failed to write a block of {} transactions on channel {}; they are dropped and their"
          + " senders time out", batch.size(), channel, e);
      release(batch.size());
      return;
    }
    release(batch.size());
    log.debug("orderer: wrote block {} of channel {} with {} transactions", block.number(), channel, batch.size());
    listener.onBlockWritten(block);
  }

  private synchronized void release(int count) {
    queued -= count;
  }

  long height() {
    synchronized (store) {
      return store.height();
    }
  }

  String headHash() {
    synchronized (store) {
      return store.headHash();
    }
  }

  List<Block> blocks(long from, int limit) {
    synchronized (store) {
      return store.blocks(from, limit);
    }
  }

  synchronized int queued() {
    return queued;
  }

  /**
   * Cuts the pending batch into a last block, waits for the writer to finish, and closes the file. A crash
   * instead loses the pending batch; its senders have no response yet, so they time out.
   */
  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (batchTimer != null) {
        batchTimer.cancel(false);
        batchTimer = null;
      }
      if (cutter.hasPending()) {
        List<Transaction> batch = cutter.cutPending();
        writer.execute(() -> writeBlock(batch));
      }
    }
    writer.shutdown();
    try {
      if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
        log.warn("orderer: the writer of channel {} did not finish within 5 s", channel);
        writer.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (store) {
      store.close();
    }
  }
}
