package org.quarksbench.server.centralized;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.server.testing.ChildServer;
import org.quarksbench.server.testing.TestClient;
import org.quarksbench.server.testing.TestClient.Reply;

/** Acknowledged messages of the centralized server survive a SIGKILL of its process. */
class CentralizedDurabilityTest {
  private static final int MESSAGES = 40;

  @TempDir
  Path workDir;

  private final TestClient client = new TestClient();

  @Test
  void acknowledgedMessagesSurviveKill() throws Exception {
    Path dataDir = workDir.resolve("data");
    List<Long> acknowledged = new ArrayList<>();

    try (ChildServer first = startServer(dataDir, "first.err")) {
      String url = first.url("centralized");
      for (int i = 0; i < MESSAGES; i++) {
        Reply sent = client.send("POST", url + "/sendMessage", TestClient.json(Map.of(
            "email", "alice@org.com", "text", "durable " + i, "channel", "channel-123")), Map.of("token", "qwerty12345"));
        assertEquals(200, sent.status(), sent.body());
        acknowledged.add(sent.json().get("id").asLong());
      }
      // Killed right after the last acknowledgement: H2's default write delay would lose the last ones.
      first.kill();
    }

    try (ChildServer second = startServer(dataDir, "second.err")) {
      Reply read = client.send("POST", second.url("centralized") + "/readMessage", TestClient.json(Map.of(
          "email", "bob@org.com", "channel", "channel-123")), Map.of("token", "qwerty12345"));
      assertEquals(200, read.status(), read.body());
      List<Long> stored = new ArrayList<>();
      for (JsonNode message : read.json()) {
        stored.add(message.get("id").asLong());
      }
      assertEquals(acknowledged, stored, "stored ids after the kill; child logs in " + workDir);
    }
  }

  private ChildServer startServer(Path dataDir, String stderrName) throws Exception {
    return ChildServer.start(workDir.resolve(stderrName),
        "--centralized", "--centralized-port", "0", "--data-dir", dataDir.toString());
  }
}
