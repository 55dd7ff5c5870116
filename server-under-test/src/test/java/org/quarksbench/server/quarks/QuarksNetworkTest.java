package org.quarksbench.server.quarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarksbench.server.quarks.QuarksTestSupport.readBody;
import static org.quarksbench.server.quarks.QuarksTestSupport.sendBody;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.server.http.HttpSettings;
import org.quarksbench.server.quarks.identity.Signatures;
import org.quarksbench.server.quarks.identity.Wallet;
import org.quarksbench.server.quarks.ledger.Block;
import org.quarksbench.server.quarks.ledger.Transaction;
import org.quarksbench.server.testing.TestClient;
import org.quarksbench.server.testing.TestClient.Reply;

class QuarksNetworkTest {
  @TempDir
  static Path dataDir;

  private static QuarksNetwork network;
  private static final TestClient client = new TestClient();
  private static String org1;
  private static String org2;
  private static String org3;

  @BeforeAll
  static void startNetwork() throws Exception {
    network = QuarksTestSupport.startNetwork(dataDir, QuarksTestSupport.fastSettings(), HttpSettings.defaults());
    org1 = network.gateway("org1").url();
    org2 = network.gateway("org2").url();
    org3 = network.gateway("org3").url();
  }

  @AfterAll
  static void stopNetwork() {
    network.close();
  }

  private static List<String> readTexts(String gateway, String user, String channel, String from) throws Exception {
    Reply read = client.get(gateway + "/readMessage", readBody(user, channel, from));
    assertEquals(200, read.status(), read.body());
    List<String> texts = new ArrayList<>();
    read.json().forEach(message -> texts.add(message.get("text").asText()));
    return texts;
  }

  @Test
  void sendReturnsKeyAfterCommit() throws Exception {
    Reply sent = client.post(org1 + "/sendMessage", sendBody("alice@org1.com", "first words", "channel-123"));

    assertEquals(200, sent.status(), sent.body());
    assertEquals(32, sent.json().get("txId").asText().length(), sent.body());
    assertTrue(sent.json().get("key").asText().matches("[0-9]{19}"), sent.body());
    // The response comes after the commit, so the gateway's own peer already returns the message.
    List<String> texts = readTexts(org1, "alice@org1.com", "channel-123", sent.json().get("key").asText());
    assertTrue(texts.contains("first words"), texts.toString());
  }

  @Test
  void messageReachesEveryMemberPeer() throws Exception {
    Reply sent = client.post(org1 + "/sendMessage", sendBody("alice@org1.com", "replicated", "channel-123"));
    assertEquals(200, sent.status(), sent.body());
    String key = sent.json().get("key").asText();

    List<String> differences = QuarksTestSupport.awaitConvergence(client, network, Duration.ofSeconds(20));

    assertEquals(List.of(), differences);
    assertTrue(readTexts(org2, "bob@org2.com", "channel-123", key).contains("replicated"));
    assertTrue(readTexts(org3, "charlie@org3.com", "channel-123", key).contains("replicated"));
  }

  @Test
  void readReturnsKeysAtOrAfterFromTimestamp() throws Exception {
    Reply first = client.post(org2 + "/sendMessage", sendBody("bob@org2.com", "early", "channel-23"));
    Reply second = client.post(org2 + "/sendMessage", sendBody("bob@org2.com", "late", "channel-23"));
    String firstKey = first.json().get("key").asText();
    String secondKey = second.json().get("key").asText();

    List<String> fromFirst = readTexts(org2, "bob@org2.com", "channel-23", firstKey);
    List<String> fromSecond = readTexts(org2, "bob@org2.com", "channel-23", secondKey);
    List<String> afterSecond = readTexts(org2, "bob@org2.com", "channel-23",
        Long.toString(Long.parseLong(secondKey) + 1));

    assertTrue(fromFirst.containsAll(List.of("early", "late")), fromFirst.toString());
    assertTrue(fromSecond.contains("late"), fromSecond.toString());
    assertFalse(fromSecond.contains("early"), fromSecond.toString());
    assertFalse(afterSecond.contains("late"), afterSecond.toString());
  }

  @Test
  void readAcceptsIntegerFromTimestamp() throws Exception {
    Reply read = client.get(org1 + "/readMessage", "{\"user\":\"alice@org1.com\",\"channel\":\"channel-1\",\"from_timestamp\":0}");

    assertEquals(200, read.status(), read.body());
    assertTrue(read.json().isArray());
  }

  @Test
  void nonMembersAreForbidden() throws Exception {
    Map<String, Reply> cases = new LinkedHashMap<>();
    cases.put("org1 user on channel-23 (send)", client.post(org1 + "/sendMessage", sendBody("alice@org1.com", "t", "channel-23")));
    cases.put("org1 user on channel-23 (read)", client.get(org1 + "/readMessage", readBody("alice@org1.com", "channel-23", "0")));
    cases.put("org3 user on channel-1 (send)", client.post(org3 + "/sendMessage", sendBody("charlie@org3.com", "t", "channel-1")));
    cases.put("org2 user on channel-1 (read)", client.get(org2 + "/readMessage", readBody("bob@org2.com", "channel-1", "0")));
    cases.put("org2 user at the org1 gateway (send)", client.post(org1 + "/sendMessage", sendBody("bob@org2.com", "t", "channel-123")));
    cases.put("org2 user at the org1 gateway (read)", client.get(org1 + "/readMessage", readBody("bob@org2.com", "channel-123", "0")));
    cases.put("unknown user (send)", client.post(org1 + "/sendMessage", sendBody("mallory@org1.com", "t", "channel-123")));
    cases.put("unknown user (read)", client.get(org3 + "/readMessage", readBody("mallory@org3.com", "channel-123", "0")));

    for (Map.Entry<String, Reply> forbidden : cases.entrySet()) {
      Reply reply = forbidden.getValue();
      assertEquals(403, reply.status(), forbidden.getKey() + ": " + reply.body());
      assertTrue(List.of("not_member", "not_enrolled").contains(reply.errorCode()), forbidden.getKey() + ": " + reply.body());
    }
  }

  @Test
  void enrolledUserCanSendAtItsOrganisation() throws Exception {
    Reply enrolled = client.post(org3 + "/enroll", "{\"user\":\"dave@org3.com\"}");
    assertEquals(200, enrolled.status(), enrolled.body());
    assertEquals("org3", enrolled.json().get("org").asText());

    Reply sent = client.post(org3 + "/sendMessage", sendBody("dave@org3.com", "hello from dave", "channel-23"));

    assertEquals(200, sent.status(), sent.body());
    assertTrue(readTexts(org3, "dave@org3.com", "channel-23", sent.json().get("key").asText()).contains("hello from dave"));
  }

  @Test
  void enrollingUserOfAnotherOrganisationConflicts() throws Exception {
    Reply reply = client.post(org1 + "/enroll", "{\"user\":\"bob@org2.com\"}");

    assertEquals(409, reply.status(), reply.body());
    assertEquals("already_enrolled", reply.errorCode());
    Reply send = client.post(org1 + "/sendMessage", sendBody("bob@org2.com", "t", "channel-123"));
    assertEquals(403, send.status(), "a rejected enrolment must leave no key in the wallet: " + send.body());
  }

  @Test
  void unknownChannelIsBadRequest() throws Exception {
    Reply reply = client.post(org1 + "/sendMessage", sendBody("alice@org1.com", "t", "channel-999"));

    assertEquals(400, reply.status(), reply.body());
    assertEquals("unknown_channel", reply.errorCode());
  }

  @Test
  void badInputGetsJsonErrorAndNo5xx() throws Exception {
    Map<String, Reply> cases = new LinkedHashMap<>();
    cases.put("send: empty body", client.post(org1 + "/sendMessage", ""));
    cases.put("send: invalid JSON", client.post(org1 + "/sendMessage", "{\"user\":"));
    cases.put("send: JSON array", client.post(org1 + "/sendMessage", "[]"));
    cases.put("send: missing text", client.post(org1 + "/sendMessage", "{\"user\":\"alice@org1.com\",\"channel\":\"channel-1\"}"));
    cases.put("send: empty text", client.post(org1 + "/sendMessage", sendBody("alice@org1.com", "", "channel-1")));
    cases.put("send: number as user", client.post(org1 + "/sendMessage", "{\"user\":1,\"text\":\"t\",\"channel\":\"channel-1\"}"));
    cases.put("send: text of 10001 characters", client.post(org1 + "/sendMessage", sendBody("alice@org1.com", "t".repeat(10_001), "channel-1")));
    cases.put("send: SQL in channel", client.post(org1 + "/sendMessage", sendBody("alice@org1.com", "t", "x' OR '1'='1")));
    cases.put("read: no body", client.get(org1 + "/readMessage", null));
    cases.put("read: missing from_timestamp", client.get(org1 + "/readMessage", "{\"user\":\"alice@org1.com\",\"channel\":\"channel-1\"}"));
    cases.put("read: letters in from_timestamp", client.get(org1 + "/readMessage", readBody("alice@org1.com", "channel-1", "abc")));
    cases.put("read: negative from_timestamp", client.get(org1 + "/readMessage", readBody("alice@org1.com", "channel-1", "-1")));
    cases.put("read: 20 digits", client.get(org1 + "/readMessage", readBody("alice@org1.com", "channel-1", "99999999999999999999")));
    cases.put("read: fraction", client.get(org1 + "/readMessage", "{\"user\":\"alice@org1.com\",\"channel\":\"channel-1\",\"from_timestamp\":1.5}"));
    cases.put("read: boolean", client.get(org1 + "/readMessage", "{\"user\":\"alice@org1.com\",\"channel\":\"channel-1\",\"from_timestamp\":true}"));
    cases.put("enroll: empty user", client.post(org1 + "/enroll", "{\"user\":\"\"}"));
    cases.put("send: body too large", client.post(org1 + "/sendMessage", sendBody("alice@org1.com", "x".repeat(2_000_000), "channel-1")));
    cases.put("read: POST instead of GET", client.post(org1 + "/readMessage", readBody("alice@org1.com", "channel-1", "0")));
    cases.put("unknown path", client.post(org1 + "/transfer", "{}"));

    for (Map.Entry<String, Reply> badCase : cases.entrySet()) {
      Reply reply = badCase.getValue();
      assertTrue(reply.status() >= 400, badCase.getKey() + ": " + reply.status() + " " + reply.body());
      assertTrue(reply.status() < 500, badCase.getKey() + ": " + reply.status() + " " + reply.body());
      assertNotNull(reply.errorCode(), badCase.getKey() + ": " + reply.body());
      assertNotNull(reply.json().get("detail"), badCase.getKey() + ": " + reply.body());
    }
  }

  @Test
  void peersMarkTamperedSignatureInvalid() throws Exception {
    KeyPair alice = Wallet.open(dataDir.resolve("gateway-org1").resolve("wallet.json")).keyPair("alice@org1.com").orElseThrow();
    Transaction honest = signed(alice, "tx-honest-0000000000000000000001", "honest words");
    Transaction tampered = signed(alice, "tx-tampered-00000000000000000001", "original words");
    tampered = new Transaction(tampered.txId(), tampered.channel(), tampered.user(), tampered.org(), "forged words",
        tampered.keyNanos(), tampered.signature());

    String orderer = network.orderer().url();
    long heightBefore = QuarksTestSupport.audit(client, orderer).get("channel-1").get("height").asLong();

    assertEquals(200, client.post(orderer + "/broadcast", TestClient.json(tampered)).status());
    assertEquals(200, client.post(orderer + "/broadcast", TestClient.json(honest)).status());
    long peerHeight = QuarksTestSupport.awaitHeight(client, network.peerUrls().get("org1"), "channel-1",
        heightBefore + 1, Duration.ofSeconds(20));
    assertTrue(peerHeight > heightBefore, "peer height " + peerHeight + " after " + heightBefore);
    assertEquals(List.of(), QuarksTestSupport.awaitConvergence(client, network, Duration.ofSeconds(20)));

    List<String> texts = readTexts(org1, "alice@org1.com", "channel-1", "0");
    assertTrue(texts.contains("honest words"), texts.toString());
    assertFalse(texts.contains("forged words"), texts.toString());
    List<Block> chain = QuarksTestSupport.fetchChain(client, network.peerUrls().get("org1"), "channel-1");
    assertEquals(1, QuarksTestSupport.txIdCounts(chain).get(tampered.txId()),
        "the invalid transaction stays in its block, as in Fabric");
  }

  @Test
  void peerRejectsBlockWithForgedContent() throws Exception {
    Reply sent = client.post(org1 + "/sendMessage", sendBody("alice@org1.com", "to be forged", "channel-1"));
    assertEquals(200, sent.status(), sent.body());
    String peer = network.peerUrls().get("org1");
    List<Block> chain = QuarksTestSupport.fetchChain(client, peer, "channel-1");
    Block last = chain.get(chain.size() - 1);
    Transaction original = last.transactions().get(0);
    Transaction forged = new Transaction(original.txId() + "f", original.channel(), original.user(), original.org(),
        "forged", original.keyNanos(), original.signature());
    Block forgedBlock = new Block("channel-1", chain.size(), last.hash(), List.of(forged), last.hash());

    Reply reply = client.post(peer + "/deliver", TestClient.json(forgedBlock));

    assertEquals(409, reply.status(), reply.body());
    assertEquals("block_rejected", reply.errorCode());
    JsonNode state = QuarksTestSupport.audit(client, peer).get("channel-1");
    assertEquals(chain.size(), state.get("height").asLong(), "the forged block must not be appended");
  }

  @Test
  void peerRejectsBlockWithoutOrdererSignature() throws Exception {
    Reply sent = client.post(org1 + "/sendMessage", sendBody("alice@org1.com", "signed block", "channel-1"));
    assertEquals(200, sent.status(), sent.body());
    String peer = network.peerUrls().get("org1");
    List<Block> chain = QuarksTestSupport.fetchChain(client, peer, "channel-1");
    Transaction forged = new Transaction("f".repeat(32), "channel-1", "alice@org1.com", "org1", "forged",
        System.currentTimeMillis() * 1_000_000L, "not-a-signature");
    String head = chain.get(chain.size() - 1).hash();
    // The number, previous hash and own hash are all right; only the orderer's signature is missing.
    Block unsigned = Block.create("channel-1", chain.size(), head, List.of(forged));

    Reply reply = client.post(peer + "/deliver", TestClient.json(unsigned));
    Reply badlySigned = client.post(peer + "/deliver", TestClient.json(unsigned.withOrdererSignature(
        chain.get(0).ordererSignature())));

    assertEquals(409, reply.status(), reply.body());
    assertTrue(reply.json().get("detail").asText().contains("signature of the orderer"), reply.body());
    assertEquals(409, badlySigned.status(), badlySigned.body());
    JsonNode state = QuarksTestSupport.audit(client, peer).get("channel-1");
    assertEquals(chain.size(), state.get("height").asLong(), "the unsigned block must not be appended");
  }

  private static Transaction signed(KeyPair keyPair, String txId, String text) {
    long keyNanos = System.currentTimeMillis() * 1_000_000L;
    Transaction unsigned = new Transaction(txId, "channel-1", "alice@org1.com", "org1", text, keyNanos, null);
    return unsigned.withSignature(Signatures.sign(keyPair.getPrivate(), unsigned.signedBytes()));
  }
}
