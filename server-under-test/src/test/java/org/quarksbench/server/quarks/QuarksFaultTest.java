package org.quarksbench.server.quarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarksbench.server.quarks.QuarksTestSupport.sendBody;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.server.http.HttpSettings;
import org.quarksbench.server.testing.TestClient;
import org.quarksbench.server.testing.TestClient.Reply;

/** A peer or the orderer stopped and restarted during sends: no acknowledged message lost or duplicated. */
class QuarksFaultTest {
  private static final int MAX_SENDS_PER_CLIENT = 400;

  @TempDir
  Path dataDir;

  private final TestClient client = new TestClient();

  private static List<LoadDriver.Sender> senders(QuarksNetwork network) {
    String org1 = network.gateway("org1").url();
    String org2 = network.gateway("org2").url();
    String org3 = network.gateway("org3").url();
    return List.of(
        new LoadDriver.Sender(org1, "alice@org1.com", "channel-123"),
        new LoadDriver.Sender(org2, "bob@org2.com", "channel-123"),
        new LoadDriver.Sender(org2, "bob@org2.com", "channel-23"),
        new LoadDriver.Sender(org3, "charlie@org3.com", "channel-123"),
        new LoadDriver.Sender(org3, "charlie@org3.com", "channel-23"));
  }

  @Test
  void restartedPeerCatchesUpWhileOthersServe() throws Exception {
    try (QuarksNetwork network = QuarksTestSupport.startNetwork(dataDir, QuarksTestSupport.fastSettings(),
        HttpSettings.defaults())) {
      String org2 = network.gateway("org2").url();
      List<LoadDriver.Acknowledged> acknowledged;
      try (LoadDriver load = new LoadDriver(senders(network), MAX_SENDS_PER_CLIENT)) {
        awaitAcknowledged(load, org2, 5);
        network.stopPeer("org1");

        long org2BeforeOutage = load.acknowledgedThrough(org2);
        awaitAcknowledged(load, org2, org2BeforeOutage + 10);
        network.restartPeer("org1");
        awaitAcknowledged(load, network.gateway("org1").url(), load.acknowledgedThrough(network.gateway("org1").url()) + 3);
        load.close();
        acknowledged = load.acknowledged();
      }

      assertEquals(List.of(), QuarksTestSupport.awaitConvergence(client, network, Duration.ofSeconds(60)));
      AuditAssertions.assertEveryPeerHoldsEachOnce(client, network, acknowledged);
    }
  }

  @Test
  void restartedOrdererKeepsItsChains() throws Exception {
    try (QuarksNetwork network = QuarksTestSupport.startNetwork(dataDir, QuarksTestSupport.fastSettings(),
        HttpSettings.defaults())) {
      String org1 = network.gateway("org1").url();
      List<LoadDriver.Acknowledged> acknowledged;
      try (LoadDriver load = new LoadDriver(senders(network), MAX_SENDS_PER_CLIENT)) {
        awaitAcknowledged(load, org1, 5);
        String headBefore = QuarksTestSupport.audit(client, network.orderer().url()).get("channel-123").get("headHash").asText();
        network.stopOrderer();

        Reply duringOutage = client.post(org1 + "/sendMessage", sendBody("alice@org1.com", "no orderer", "channel-1"));
        assertEquals(503, duringOutage.status(), duringOutage.body());
        assertEquals("orderer_unavailable", duringOutage.errorCode());

        network.restartOrderer();
        long afterRestart = load.acknowledgedThrough(org1);
        awaitAcknowledged(load, org1, afterRestart + 5);
        load.close();
        acknowledged = load.acknowledged();

        List<String> hashes = QuarksTestSupport.fetchChain(client, network.orderer().url(), "channel-123").stream()
            .map(block -> block.hash()).toList();
        assertTrue(hashes.contains(headBefore), "the restarted orderer must extend its former chain");
      }

      assertEquals(List.of(), QuarksTestSupport.awaitConvergence(client, network, Duration.ofSeconds(60)));
      AuditAssertions.assertEveryPeerHoldsEachOnce(client, network, acknowledged);
    }
  }

  @Test
  void restartedGatewaySignsWithItsStoredKey() throws Exception {
    try (QuarksNetwork network = QuarksTestSupport.startNetwork(dataDir, QuarksTestSupport.fastSettings(),
        HttpSettings.defaults())) {
      Reply before = client.post(network.gateway("org1").url() + "/sendMessage",
          sendBody("alice@org1.com", "before restart", "channel-1"));
      assertEquals(200, before.status(), before.body());

      network.stopGateway("org1");
      network.restartGateway("org1");
      Reply after = client.post(network.gateway("org1").url() + "/sendMessage",
          sendBody("alice@org1.com", "after restart", "channel-1"));

      // A new key would conflict with the one the peers registered, or fail their signature check.
      assertEquals(200, after.status(), after.body());
    }
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
