package org.quarksbench.server.centralized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.server.http.HttpSettings;
import org.quarksbench.server.testing.TestClient;
import org.quarksbench.server.testing.TestClient.Reply;

class CentralizedServerTest {
  private static final String TOKEN = "qwerty12345";

  @TempDir
  static Path dataDir;

  private static CentralizedServer server;
  private static final TestClient client = new TestClient();

  @BeforeAll
  static void startServer() throws Exception {
    server = CentralizedServer.start("127.0.0.1", 0, CentralizedServer.defaultJdbcUrl(dataDir), HttpSettings.defaults());
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private static Reply call(String path, String body, String token) throws Exception {
    Map<String, String> headers = token == null ? Map.of() : Map.of("token", token);
    return client.send("POST", server.url() + path, body, headers);
  }

  private static String message(String email, String text, String channel) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("email", email);
    body.put("text", text);
    body.put("channel", channel);
    return TestClient.json(body);
  }

  @Test
  void sendThenReadReturnsStoredMessage() throws Exception {
    Reply sent = call("/sendMessage", message("bob@org.com", "I am bob@org.com. current time is now", "channel-23"), TOKEN);
    assertEquals(200, sent.status(), sent.body());
    long id = sent.json().get("id").asLong();
    assertTrue(id > 0, "id " + id);

    Reply read = call("/readMessage", TestClient.json(Map.of("email", "alice@org.com", "channel", "channel-23")), TOKEN);
    assertEquals(200, read.status(), read.body());
    List<Long> ids = new ArrayList<>();
    for (JsonNode stored : read.json()) {
      ids.add(stored.get("id").asLong());
      assertEquals("channel-23", stored.get("channel").asText());
    }
    assertTrue(ids.contains(id), "read ids " + ids + " lack sent id " + id);
  }

  @Test
  void readReturnsOnlyRequestedChannel() throws Exception {
    call("/sendMessage", message("alice@org.com", "in one", "only-one"), TOKEN);
    call("/sendMessage", message("alice@org.com", "in two", "only-two"), TOKEN);

    Reply read = call("/readMessage", TestClient.json(Map.of("email", "charlie@org.com", "channel", "only-one")), TOKEN);

    assertEquals(200, read.status());
    assertEquals(1, read.json().size(), read.body());
    assertEquals("in one", read.json().get(0).get("text").asText());
  }

  @Test
  void sqlMetacharactersAreStoredVerbatim() throws Exception {
    String text = "x'); DROP TABLE messages; -- \" \\ %_";
    String channel = "c' OR '1'='1";
    Reply sent = call("/sendMessage", message("alice@org.com", text, channel), TOKEN);
    assertEquals(200, sent.status(), sent.body());

    Reply read = call("/readMessage", TestClient.json(Map.of("email", "alice@org.com", "channel", channel)), TOKEN);

    assertEquals(200, read.status(), read.body());
    assertEquals(1, read.json().size(), "the channel name must match exactly: " + read.body());
    assertEquals(text, read.json().get(0).get("text").asText());
    Reply other = call("/readMessage", TestClient.json(Map.of("email", "alice@org.com", "channel", "channel-1")), TOKEN);
    assertEquals(200, other.status(), "the messages table must still exist: " + other.body());
  }

  @Test
  void sqlMetacharactersInEmailOrTokenAreForbidden() throws Exception {
    Reply badEmail = call("/sendMessage", message("' OR '1'='1", "t", "c"), TOKEN);
    Reply badToken = call("/sendMessage", message("alice@org.com", "t", "c"), "' OR '1'='1");

    assertEquals(403, badEmail.status(), badEmail.body());
    assertEquals(403, badToken.status(), badToken.body());
  }

  @Test
  void missingTokenIsForbidden() throws Exception {
    Reply reply = call("/sendMessage", message("alice@org.com", "t", "c"), null);

    assertEquals(403, reply.status());
    assertEquals("missing_token", reply.errorCode(), reply.body());
  }

  @Test
  void wrongTokenIsForbidden() throws Exception {
    Reply reply = call("/readMessage", TestClient.json(Map.of("email", "alice@org.com", "channel", "c")), "nope");

    assertEquals(403, reply.status());
    assertEquals("invalid_token", reply.errorCode(), reply.body());
  }

  @Test
  void unknownAccountIsForbidden() throws Exception {
    Reply reply = call("/readMessage", TestClient.json(Map.of("email", "mallory@org.com", "channel", "c")), TOKEN);

    assertEquals(403, reply.status());
    assertEquals("invalid_token", reply.errorCode(), reply.body());
  }

  @Test
  void channelOfFiftyCharactersIsAccepted() throws Exception {
    Reply reply = call("/sendMessage", message("alice@org.com", "t", "c".repeat(50)), TOKEN);

    assertEquals(200, reply.status(), reply.body());
  }

  @Test
  void badInputGetsJsonErrorAndNo5xx() throws Exception {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("empty body", "");
    cases.put("invalid JSON", "{\"email\": ");
    cases.put("JSON array", "[1, 2]");
    cases.put("JSON string", "\"text\"");
    cases.put("JSON null", "null");
    cases.put("missing email", "{\"text\": \"t\", \"channel\": \"c\"}");
    cases.put("missing text", "{\"email\": \"alice@org.com\", \"channel\": \"c\"}");
    cases.put("missing channel", "{\"email\": \"alice@org.com\", \"text\": \"t\"}");
    cases.put("empty channel", message("alice@org.com", "t", ""));
    cases.put("empty text", message("alice@org.com", "", "c"));
    cases.put("empty email", message("", "t", "c"));
    cases.put("channel of 51 characters", message("alice@org.com", "t", "c".repeat(51)));
    cases.put("number as text", "{\"email\": \"alice@org.com\", \"text\": 5, \"channel\": \"c\"}");
    cases.put("object as channel", "{\"email\": \"alice@org.com\", \"text\": \"t\", \"channel\": {}}");
    cases.put("null email", "{\"email\": null, \"text\": \"t\", \"channel\": \"c\"}");
    cases.put("boolean email", "{\"email\": true, \"text\": \"t\", \"channel\": \"c\"}");
    cases.put("text of 10001 characters", message("alice@org.com", "t".repeat(10_001), "c"));

    for (Map.Entry<String, String> badCase : cases.entrySet()) {
      Reply reply = call("/sendMessage", badCase.getValue(), TOKEN);
      assertEquals(400, reply.status(), badCase.getKey() + ": " + reply.body());
      assertEquals("invalid_request", reply.errorCode(), badCase.getKey() + ": " + reply.body());
      assertTrue(reply.json().get("detail").asText().length() > 10, badCase.getKey() + ": " + reply.body());
    }
  }

  @Test
  void oversizedBodyGets413() throws Exception {
    String huge = message("alice@org.com", "x".repeat(HttpSettings.DEFAULT_MAX_BODY_BYTES + 10), "c");

    Reply reply = call("/sendMessage", huge, TOKEN);

    assertEquals(413, reply.status(), reply.body());
    assertEquals("body_too_large", reply.errorCode());
  }

  @Test
  void unknownPathGets404() throws Exception {
    Reply reply = call("/deleteEverything", "{}", TOKEN);

    assertEquals(404, reply.status());
    assertEquals("not_found", reply.errorCode());
  }

  @Test
  void wrongMethodGets405() throws Exception {
    Reply reply = client.send("GET", server.url() + "/sendMessage", null, Map.of("token", TOKEN));

    assertEquals(405, reply.status());
    assertEquals("method_not_allowed", reply.errorCode());
  }

  @Test
  void healthAnswers200() throws Exception {
    Reply reply = client.send("GET", server.url() + "/health", null, Map.of());

    assertEquals(200, reply.status());
  }
}
