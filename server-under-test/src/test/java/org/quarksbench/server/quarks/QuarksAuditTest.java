package org.quarksbench.server.quarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.server.http.HttpSettings;
import org.quarksbench.server.testing.TestClient;

/** After concurrent sends from many clients, every peer has the same chains and every acknowledged message once. */
class QuarksAuditTest {
  private static final int SENDS_PER_CLIENT = 8;

  @TempDir
  Path dataDir;

  private final TestClient client = new TestClient();

  @Test
  void everyAcknowledgedMessageIsOnEveryPeerOnce() throws Exception {
    try (QuarksNetwork network = QuarksTestSupport.startNetwork(dataDir, QuarksTestSupport.fastSettings(),
        HttpSettings.defaults())) {
      String org1 = network.gateway("org1").url();
      String org2 = network.gateway("org2").url();
      String org3 = network.gateway("org3").url();
      List<LoadDriver.Sender> senders = List.of(
          new LoadDriver.Sender(org1, "alice@org1.com", "channel-123"),
          new LoadDriver.Sender(org1, "alice@org1.com", "channel-123"),
          new LoadDriver.Sender(org1, "alice@org1.com", "channel-1"),
          new LoadDriver.Sender(org2, "bob@org2.com", "channel-123"),
          new LoadDriver.Sender(org2, "bob@org2.com", "channel-23"),
          new LoadDriver.Sender(org2, "bob@org2.com", "channel-23"),
          new LoadDriver.Sender(org3, "charlie@org3.com", "channel-123"),
          new LoadDriver.Sender(org3, "charlie@org3.com", "channel-23"),
          new LoadDriver.Sender(org3, "charlie@org3.com", "channel-123"),
          new LoadDriver.Sender(org1, "alice@org1.com", "channel-123"),
          new LoadDriver.Sender(org2, "bob@org2.com", "channel-123"),
          new LoadDriver.Sender(org3, "charlie@org3.com", "channel-23"));

      List<LoadDriver.Acknowledged> acknowledged;
      try (LoadDriver load = new LoadDriver(senders, SENDS_PER_CLIENT)) {
        assertTrue(load.awaitFinished(180), "the load did not finish within 180 s");
        assertEquals(Map.of(), Map.copyOf(load.failures()), "no send may fail without faults");
        acknowledged = load.acknowledged();
      }
      assertEquals(senders.size() * SENDS_PER_CLIENT, acknowledged.size());
      assertEquals(List.of(), QuarksTestSupport.awaitConvergence(client, network, Duration.ofSeconds(30)));

      AuditAssertions.assertEveryPeerHoldsEachOnce(client, network, acknowledged);
    }
  }
}
