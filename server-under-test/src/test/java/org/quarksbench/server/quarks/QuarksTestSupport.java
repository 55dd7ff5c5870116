package org.quarksbench.server.quarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarksbench.server.http.HttpSettings;
import org.quarksbench.server.http.Json;
import org.quarksbench.server.quarks.ledger.Block;
import org.quarksbench.server.quarks.ledger.BlockHashes;
import org.quarksbench.server.testing.TestClient;
import org.quarksbench.server.testing.TestClient.Reply;

/** Starting small networks and reading their state, for the quarks tests. */
public final class QuarksTestSupport {
  /** Fast blocks so tests finish quickly; the commit timeout stays long enough for a loaded test machine. */
  public static QuarksSettings fastSettings() {
    return new QuarksSettings(Duration.ofMillis(200), 10, 512 * 1024, Duration.ofSeconds(20), 10_000,
        Duration.ofMillis(100));
  }

  public static QuarksNetwork startNetwork(Path dataDir, QuarksSettings settings, HttpSettings httpSettings)
      throws Exception {
    return QuarksNetwork.start("127.0.0.1", List.of(0, 0, 0), dataDir, settings, httpSettings);
  }

  public static String sendBody(String user, String text, String channel) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("user", user);
    body.put("text", text);
    body.put("channel", channel);
    return TestClient.json(body);
  }

  public static String readBody(String user, String channel, String fromTimestamp) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("user", user);
    body.put("channel", channel);
    body.put("from_timestamp", fromTimestamp);
    return TestClient.json(body);
  }

  /** Fetches every block of {@code channel} from the node at {@code nodeUrl} and checks the hash chain. */
  public static List<Block> fetchChain(TestClient client, String nodeUrl, String channel) throws Exception {
    List<Block> chain = new ArrayList<>();
    while (true) {
      Reply reply = client.get(nodeUrl + "/blocks?channel=" + channel + "&from=" + chain.size(), null);
      assertEquals(200, reply.status(), reply.body());
      Block[] page = Json.fromBytes(reply.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), Block[].class);
      if (page.length == 0) {
        break;
      }
      for (Block block : page) {
        String previous = chain.isEmpty() ? BlockHashes.GENESIS_PREVIOUS_HASH : chain.get(chain.size() - 1).hash();
        String problem = BlockHashes.checkLink(block, chain.size(), previous);
        assertEquals(null, problem, nodeUrl + " " + channel);
        chain.add(block);
      }
    }
    return chain;
  }

  /** Returns the transaction ids in {@code chain} with how often each occurs. */
  public static Map<String, Integer> txIdCounts(List<Block> chain) {
    Map<String, Integer> counts = new HashMap<>();
    for (Block block : chain) {
      block.transactions().forEach(transaction -> counts.merge(transaction.txId(), 1, Integer::sum));
    }
    return counts;
  }

  /** Returns the audit of the node at {@code nodeUrl}: channel to {@code {height, headHash}}. */
  public static JsonNode audit(TestClient client, String nodeUrl) throws Exception {
    Reply reply = client.get(nodeUrl + "/audit", null);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().get("channels");
  }

  /** Polls until the node at {@code nodeUrl} holds at least {@code minHeight} blocks of {@code channel}. */
  public static long awaitHeight(TestClient client, String nodeUrl, String channel, long minHeight, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    long height;
    while ((height = audit(client, nodeUrl).get(channel).get("height").asLong()) < minHeight
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    return height;
  }

  /**
   * Polls until every running peer has the orderer's height and head hash on each of its channels, or
   * the deadline passes; returns the last differences seen (empty when converged).
   */
  public static List<String> awaitConvergence(TestClient client, QuarksNetwork network, Duration timeout)
      throws Exception {
    return awaitConvergence(client, network.orderer().url(), network.peerUrls(), timeout);
  }

  /** Like {@link #awaitConvergence(TestClient, QuarksNetwork, Duration)} for nodes given by URL. */
  public static List<String> awaitConvergence(TestClient client, String ordererUrl, Map<String, String> peerUrls,
      Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String> differences;
    do {
      differences = new ArrayList<>();
      JsonNode ordererState = audit(client, ordererUrl);
      for (Map.Entry<String, String> peer : peerUrls.entrySet()) {
        JsonNode peerState = audit(client, peer.getValue());
        for (var channels = peerState.fields(); channels.hasNext(); ) {
          var channel = channels.next();
          JsonNode expected = ordererState.get(channel.getKey());
          if (!expected.equals(channel.getValue())) {
            differences.add(peer.getKey() + " " + channel.getKey() + " is " + channel.getValue()
                + ", orderer has " + expected);
          }
        }
      }
      if (differences.isEmpty()) {
        return differences;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    return differences;
  }

  private QuarksTestSupport() {}
}
