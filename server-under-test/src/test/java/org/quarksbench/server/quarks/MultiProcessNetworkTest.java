package org.quarksbench.server.quarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarksbench.server.quarks.QuarksTestSupport.readBody;
import static org.quarksbench.server.quarks.QuarksTestSupport.sendBody;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.server.ServerMain;
import org.quarksbench.server.testing.ChildServer;
import org.quarksbench.server.testing.TestClient;
import org.quarksbench.server.testing.TestClient.Reply;

/**
 * The network with every node in its own process, started through {@link ServerMain}'s roles. A peer
 * process and then the orderer process are killed with SIGKILL mid-load and restarted. The peer catches up,
 * the orderer extends its former chains, and no acknowledged message is lost or duplicated.
 */
class MultiProcessNetworkTest {
  private static final List<String> ORGS = List.of("org1", "org2", "org3");
  private static final String[] FAST = {"--batch-timeout", "200ms", "--sync-interval", "100ms", "--commit-timeout", "10s"};

  @TempDir
  Path dataDir;

  private final TestClient client = new TestClient();
  private final ExecutorService starter = Executors.newFixedThreadPool(3);
  private final List<ChildServer> children = new ArrayList<>();

  @AfterEach
  void stopAll() throws Exception {
    starter.shutdownNow();
    for (ChildServer child : children) {
      child.close();
    }
  }

  private ChildServer start(String name, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(FAST));
    all.addAll(List.of("--data-dir", dataDir.resolve(name).toString()));
    ChildServer child = ChildServer.start(dataDir.resolve(name + ".err"),
        all.toArray(String[]::new));
    synchronized (children) {
      children.add(child);
    }
    return child;
  }

  private Map<String, ChildServer> startInParallel(List<String> orgs, Starter starterFunction) throws Exception {
    Map<String, CompletableFuture<ChildServer>> futures = new LinkedHashMap<>();
    for (String org : orgs) {
      futures.put(org, CompletableFuture.supplyAsync(() -> {
        try {
          return starterFunction.start(org);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, starter));
    }
    Map<String, ChildServer> started = new LinkedHashMap<>();
    for (Map.Entry<String, CompletableFuture<ChildServer>> future : futures.entrySet()) {
      started.put(future.getKey(), future.getValue().get(120, TimeUnit.SECONDS));
    }
    return started;
  }

  @FunctionalInterface
  private interface Starter {
    ChildServer start(String org) throws Exception;
  }

  @Test
  void separateProcessesSurviveKills() throws Exception {
    ChildServer orderer = start("orderer", "--role", "orderer");
    String ordererUrl = orderer.url("orderer");
    Map<String, ChildServer> peers = startInParallel(ORGS, org ->
        start("peer-" + org, "--role", "peer", "--org", org, "--orderer-url", ordererUrl));
    Map<String, String> peerUrls = new LinkedHashMap<>();
    peers.forEach((org, child) -> peerUrls.put(org, child.url("peer-" + org)));
    String allPeers = String.join(",", peerUrls.values());
    Map<String, ChildServer> gateways = startInParallel(ORGS, org -> start("gateway-" + org, "--role", "gateway",
        "--org", org, "--orderer-url", ordererUrl, "--peer-url", peerUrls.get(org), "--peer-urls", allPeers));
    String org1 = gateways.get("org1").url("gateway-org1");
    String org2 = gateways.get("org2").url("gateway-org2");
    String org3 = gateways.get("org3").url("gateway-org3");

    Reply sent = client.post(org1 + "/sendMessage", sendBody("alice@org1.com", "across processes", "channel-123"));
    assertEquals(200, sent.status(), sent.body());
    assertEquals(List.of(), QuarksTestSupport.awaitConvergence(client, ordererUrl, peerUrls, Duration.ofSeconds(30)));
    Reply readAtOrg3 = client.get(org3 + "/readMessage", readBody("charlie@org3.com", "channel-123", "0"));
    assertTrue(readAtOrg3.body().contains("across processes"), readAtOrg3.body());

    List<LoadDriver.Sender> senders = List.of(
        new LoadDriver.Sender(org1, "alice@org1.com", "channel-123"),
        new LoadDriver.Sender(org2, "bob@org2.com", "channel-23"),
        new LoadDriver.Sender(org3, "charlie@org3.com", "channel-23"),
        new LoadDriver.Sender(org3, "charlie@org3.com", "channel-123"));
    List<LoadDriver.Acknowledged> acknowledged;
    try (LoadDriver load = new LoadDriver(senders, 400)) {
      awaitAcknowledged(load, org3, 5);
      peers.get("org2").kill();
      long org3BeforeRestart = load.acknowledgedThrough(org3);
      awaitAcknowledged(load, org3, org3BeforeRestart + 10);

      int port = URI.create(peerUrls.get("org2")).getPort();
      start("peer-org2", "--role", "peer", "--org", "org2", "--orderer-url", ordererUrl, "--port", Integer.toString(port));
      awaitAcknowledged(load, org2, load.acknowledgedThrough(org2) + 3);

      orderer.kill();
      int ordererPort = URI.create(ordererUrl).getPort();
      start("orderer", "--role", "orderer", "--port", Integer.toString(ordererPort));
      awaitAcknowledged(load, org1, load.acknowledgedThrough(org1) + 3);
      load.close();
      acknowledged = load.acknowledged();
    }

    assertEquals(List.of(), QuarksTestSupport.awaitConvergence(client, ordererUrl, peerUrls, Duration.ofSeconds(60)));
    AuditAssertions.assertEveryPeerHoldsEachOnce(client, ordererUrl, peerUrls, acknowledged);
  }

  private static void awaitAcknowledged(LoadDriver load, String gatewayUrl, long count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (load.acknowledgedThrough(gatewayUrl) < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(gatewayUrl + " acknowledged " + load.acknowledgedThrough(gatewayUrl) + " of " + count
            + " sends; failures " + load.failures());
      }
      Thread.sleep(20);
    }
  }
}
