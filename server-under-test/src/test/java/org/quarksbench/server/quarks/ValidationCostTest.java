package org.quarksbench.server.quarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarksbench.server.quarks.QuarksTestSupport.sendBody;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.server.http.HttpSettings;
import org.quarksbench.server.testing.TestClient;
import org.quarksbench.server.testing.TestClient.Reply;

class ValidationCostTest {
  @TempDir
  Path dataDir;

  @Test
  void validationCostDelaysCommit() throws Exception {
    Duration cost = Duration.ofMillis(800);
    QuarksSettings settings = new QuarksSettings(Duration.ofMillis(50), 10, 512 * 1024, Duration.ofSeconds(20),
        10_000, Duration.ofMillis(100), cost);
    TestClient client = new TestClient();
    try (QuarksNetwork network = QuarksTestSupport.startNetwork(dataDir, settings, HttpSettings.defaults())) {
      long startNanos = System.nanoTime();
      Reply sent = client.post(network.gateway("org1").url() + "/sendMessage",
          sendBody("alice@org1.com", "costly", "channel-1"));
      long elapsedMillis = (System.nanoTime() - startNanos) / 1_000_000;

      assertEquals(200, sent.status(), sent.body());
      // A lower bound only: the peer must wait the cost of the block's one transaction before it commits.
      assertTrue(elapsedMillis >= cost.toMillis(), "send took " + elapsedMillis + " ms");
    }
  }
}
