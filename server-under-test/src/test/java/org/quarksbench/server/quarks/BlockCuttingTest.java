package org.quarksbench.server.quarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quarksbench.server.quarks.QuarksTestSupport.sendBody;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.server.http.HttpSettings;
import org.quarksbench.server.quarks.ledger.Block;
import org.quarksbench.server.quarks.ledger.Transaction;
import org.quarksbench.server.testing.TestClient;
import org.quarksbench.server.testing.TestClient.Reply;

/**
 * Each of the orderer's three cut triggers, seen through the gateway. The count and size tests set a batch
 * timeout of an hour, so their sends can only complete if that trigger cuts the block.
 */
class BlockCuttingTest {
  private static final Duration NEVER = Duration.ofHours(1);

  @TempDir
  Path dataDir;

  private final TestClient client = new TestClient();
  private final ExecutorService senders = Executors.newFixedThreadPool(8);
  private QuarksNetwork network;

  @AfterEach
  void stop() throws InterruptedException {
    senders.shutdownNow();
    senders.awaitTermination(10, TimeUnit.SECONDS);
    if (network != null) {
      network.close();
    }
  }

  private void start(Duration batchTimeout, int maxMessageCount, int preferredMaxBytes) throws Exception {
    QuarksSettings settings = new QuarksSettings(batchTimeout, maxMessageCount, preferredMaxBytes,
        Duration.ofSeconds(20), 10_000, Duration.ofMillis(100));
    network = QuarksTestSupport.startNetwork(dataDir, settings, HttpSettings.defaults());
  }

  private CompletableFuture<Reply> sendAsync(String text) {
    String url = network.gateway("org1").url() + "/sendMessage";
    return CompletableFuture.supplyAsync(() -> {
      try {
        return client.post(url, sendBody("alice@org1.com", text, "channel-1"));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, senders);
  }

  private static long blockOf(CompletableFuture<Reply> future) throws Exception {
    Reply reply = future.get(60, TimeUnit.SECONDS);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().get("blockNumber").asLong();
  }

  private List<Block> chain() throws Exception {
    return QuarksTestSupport.fetchChain(client, network.orderer().url(), "channel-1");
  }

  @Test
  void batchTimeoutCutsLoneTransaction() throws Exception {
    start(Duration.ofMillis(300), 10, 512 * 1024);

    long block = blockOf(sendAsync("alone"));

    assertEquals(1, chain().get((int) block).transactions().size());
  }

  @Test
  void maxMessageCountCutsFullBlock() throws Exception {
    start(NEVER, 3, 512 * 1024);
    List<CompletableFuture<Reply>> sends = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sends.add(sendAsync("counted " + i));
    }

    long block = blockOf(sends.get(0));

    assertEquals(block, blockOf(sends.get(1)));
    assertEquals(block, blockOf(sends.get(2)));
    assertEquals(3, chain().get((int) block).transactions().size());
  }

  @Test
  void preferredMaxBytesCutsBeforeOverflow() throws Exception {
    String text = "b".repeat(1000);
    int size = new Transaction("0".repeat(32), "channel-1", "alice@org1.com", "org1", text, 1L, "s".repeat(88))
        .sizeBytes();
    start(NEVER, 1000, size * 2 + size / 2);
    CompletableFuture<Reply> first = sendAsync(text);
    CompletableFuture<Reply> second = sendAsync(text);
    awaitOrdererQueued(2);

    // The third would overflow the batch, so the first two are cut. The oversized fourth then cuts the
    // third and goes into a block of its own.
    CompletableFuture<Reply> third = sendAsync(text);
    awaitOrdererQueued(3);
    CompletableFuture<Reply> fourth = sendAsync("c".repeat(size * 3));

    long firstBlock = blockOf(first);
    assertEquals(firstBlock, blockOf(second));
    long thirdBlock = blockOf(third);
    long fourthBlock = blockOf(fourth);
    assertNotEquals(firstBlock, thirdBlock);
    assertEquals(thirdBlock + 1, fourthBlock);
    List<Block> chain = chain();
    assertEquals(2, chain.get((int) firstBlock).transactions().size());
    assertEquals(1, chain.get((int) thirdBlock).transactions().size());
    assertEquals(1, chain.get((int) fourthBlock).transactions().size());
  }

  /** Waits until the orderer has accepted {@code count} transactions in total, written or pending. */
  private void awaitOrdererQueued(int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      if (network.orderer().acceptedTransactions() >= count) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the orderer accepted " + network.orderer().acceptedTransactions() + " of " + count);
  }
}
