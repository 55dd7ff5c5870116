package org.quarksbench.server.quarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarksbench.server.quarks.QuarksTestSupport.sendBody;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.server.http.HttpSettings;
import org.quarksbench.server.http.OverloadMode;
import org.quarksbench.server.testing.TestClient;
import org.quarksbench.server.testing.TestClient.Reply;

/** Beyond capacity the quarks network responds with 503 at once, and its queues and heap stay bounded. */
class QuarksOverloadTest {
  private static final int MAX_PENDING = 10;

  @TempDir
  Path dataDir;

  private final TestClient client = new TestClient();
  private final ExecutorService clients = Executors.newFixedThreadPool(40);
  private QuarksNetwork network;

  @AfterEach
  void stop() throws InterruptedException {
    clients.shutdownNow();
    clients.awaitTermination(30, TimeUnit.SECONDS);
    if (network != null) {
      network.close();
    }
  }

  @Test
  void gatewayRejectsBeyondPendingLimit() throws Exception {
    QuarksSettings settings = new QuarksSettings(Duration.ofSeconds(3), 1000, 512 * 1024, Duration.ofSeconds(30),
        10_000, Duration.ofMillis(100));
    network = QuarksTestSupport.startNetwork(dataDir, settings, HttpSettings.defaults().withMaxPendingRequests(MAX_PENDING));
    String gateway = network.gateway("org1").url();
    ConcurrentLinkedQueue<Integer> statusesInArrivalOrder = new ConcurrentLinkedQueue<>();
    AtomicInteger maxPendingSeen = new AtomicInteger();

    List<Future<Reply>> sends = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String text = "flood " + i;
      sends.add(clients.submit(() -> {
        Reply reply = client.post(gateway + "/sendMessage", sendBody("alice@org1.com", text, "channel-1"));
        statusesInArrivalOrder.add(reply.status());
        maxPendingSeen.accumulateAndGet(network.gateway("org1").http().pendingRequests(), Math::max);
        return reply;
      }));
    }
    Map<Integer, Integer> counts = new ConcurrentHashMap<>();
    for (Future<Reply> send : sends) {
      Reply reply = send.get(60, TimeUnit.SECONDS);
      counts.merge(reply.status(), 1, Integer::sum);
      if (reply.status() == 503) {
        assertEquals("overloaded", reply.errorCode(), reply.body());
      }
    }

    assertEquals(40, counts.getOrDefault(200, 0) + counts.getOrDefault(503, 0), "statuses " + counts);
    assertTrue(counts.getOrDefault(503, 0) >= 40 - MAX_PENDING, "statuses " + counts);
    assertTrue(counts.getOrDefault(200, 0) >= 1, "statuses " + counts);
    List<Integer> order = List.copyOf(statusesInArrivalOrder);
    int firstSuccess = order.indexOf(200);
    assertTrue(order.subList(firstSuccess, order.size()).stream().allMatch(status -> status == 200),
        "every 503 must arrive before the first commit, so none waited for a block: " + order);
    assertTrue(maxPendingSeen.get() <= MAX_PENDING, "pending requests seen " + maxPendingSeen.get());
  }

  @Test
  void ordererRejectsBeyondItsQueue() throws Exception {
    QuarksSettings settings = new QuarksSettings(Duration.ofSeconds(3), 1000, 512 * 1024, Duration.ofSeconds(30),
        5, Duration.ofMillis(100));
    network = QuarksTestSupport.startNetwork(dataDir, settings, HttpSettings.defaults());
    String gateway = network.gateway("org1").url();

    List<Future<Reply>> sends = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String text = "queued " + i;
      sends.add(clients.submit(() -> client.post(gateway + "/sendMessage", sendBody("alice@org1.com", text, "channel-1"))));
    }
    Map<String, Integer> counts = new ConcurrentHashMap<>();
    for (Future<Reply> send : sends) {
      Reply reply = send.get(60, TimeUnit.SECONDS);
      counts.merge(reply.status() + " " + reply.errorCode(), 1, Integer::sum);
    }

    assertEquals(5, counts.getOrDefault("200 null", 0), "statuses " + counts);
    assertEquals(15, counts.getOrDefault("503 overloaded", 0), "statuses " + counts);
  }

  @Test
  void heapStaysBoundedUnderSustainedOverload() throws Exception {
    QuarksSettings settings = new QuarksSettings(Duration.ofMillis(500), 10, 512 * 1024, Duration.ofSeconds(30),
        10_000, Duration.ofMillis(100));
    network = QuarksTestSupport.startNetwork(dataDir, settings, HttpSettings.defaults().withMaxPendingRequests(MAX_PENDING));
    String gateway = network.gateway("org1").url();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long baselineBytes = usedHeapAfterGc(memory);

    AtomicInteger rejected = new AtomicInteger();
    AtomicInteger maxPendingSeen = new AtomicInteger();
    String text = "x".repeat(5_000);
    List<Future<?>> workers = new ArrayList<>();
    for (int worker = 0; worker < 40; worker++) {
      workers.add(clients.submit(() -> {
        for (int i = 0; i < 50; i++) {
          Reply reply = client.post(gateway + "/sendMessage", sendBody("alice@org1.com", text, "channel-1"));
          if (reply.status() == 503) {
            rejected.incrementAndGet();
          }
          maxPendingSeen.accumulateAndGet(network.gateway("org1").pendingSends(), Math::max);
        }
        return null;
      }));
    }
    for (Future<?> worker : workers) {
      worker.get(300, TimeUnit.SECONDS);
    }
    long afterBytes = usedHeapAfterGc(memory);

    assertTrue(rejected.get() > 0, "2000 sends from 40 clients against 10 slots must meet 503s");
    assertTrue(maxPendingSeen.get() <= MAX_PENDING, "pending sends seen " + maxPendingSeen.get());
    assertEquals(0, network.gateway("org1").pendingSends(), "no send may stay pending after the load");
    // Committed messages stay in memory on the orderer and the peer: at most 2 x 2000 x 5 KB = 20 MB.
    // Rejected and timed-out requests must leave nothing behind, so 64 MB bounds the growth.
    long growthBytes = afterBytes - baselineBytes;
    assertTrue(growthBytes < 64L * 1024 * 1024, "heap grew by " + growthBytes / 1024 + " KB");
  }

  @Test
  void closeModeClosesWaitingSend() throws Exception {
    QuarksSettings settings = new QuarksSettings(Duration.ofHours(1), 1000, 512 * 1024, Duration.ofHours(1),
        10_000, Duration.ofMillis(100));
    network = QuarksTestSupport.startNetwork(dataDir, settings,
        HttpSettings.defaults().withOverload(OverloadMode.CLOSE, Duration.ofMillis(500)));
    String gateway = network.gateway("org1").url();

    IOException closed = assertThrows(IOException.class,
        () -> client.post(gateway + "/sendMessage", sendBody("alice@org1.com", "never cut", "channel-1")));

    assertFalse(closed instanceof HttpTimeoutException, "the gateway, not the client's timeout, must close: " + closed);
    assertEquals(0, network.gateway("org1").pendingSends());
  }

  private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
