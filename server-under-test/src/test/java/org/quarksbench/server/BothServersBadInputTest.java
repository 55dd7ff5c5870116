package org.quarksbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarksbench.server.testing.TestClient;
import org.quarksbench.server.testing.TestClient.Reply;

/** The error behaviour that both servers promise, checked on each through the same cases. */
class BothServersBadInputTest {
  private static ReferenceServers servers;
  private static final TestClient client = new TestClient();

  @BeforeAll
  static void startServers() throws Exception {
    ServerOptions options = new ServerOptions();
    options.centralizedPort = 0;
    options.gatewayPorts = new java.util.ArrayList<>(List.of(0, 0, 0));
    servers = ReferenceServers.start(options);
  }

  @AfterAll
  static void stopServers() {
    servers.close();
  }

  /** A server's send endpoint: its URL and the headers a valid call needs. */
  private record Target(String name, String sendUrl, Map<String, String> headers) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Target> targets() {
    return Stream.of(
        new Target("centralized", servers.centralized().orElseThrow().url() + "/sendMessage", Map.of("token", "qwerty12345")),
        new Target("quarks", servers.quarks().orElseThrow().gateway("org1").url() + "/sendMessage", Map.of()));
  }

  static Stream<Arguments> badBodies() {
    List<String[]> bodies = List.of(
        new String[] {"invalid JSON", "{\"text\": "},
        new String[] {"JSON array", "[]"},
        new String[] {"JSON number", "42"},
        new String[] {"empty object", "{}"},
        new String[] {"control characters", "{\"text\": \"\u0000\"}"});
    return targets().flatMap(target -> bodies.stream().map(body -> Arguments.of(target, body[0], body[1])));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("badBodies")
  void badBodyGets400(Target target, String label, String body) throws Exception {
    Reply reply = client.send("POST", target.sendUrl(), body, target.headers());

    assertEquals(400, reply.status(), label + ": " + reply.body());
    assertNotNull(reply.errorCode(), reply.body());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void oversizedBodyGets413(Target target) throws Exception {
    String body = "{\"text\": \"" + "x".repeat(2_000_000) + "\"}";

    Reply reply = client.send("POST", target.sendUrl(), body, target.headers());

    assertEquals(413, reply.status(), reply.body());
    assertEquals("body_too_large", reply.errorCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void unknownPathGets404(Target target) throws Exception {
    Reply reply = client.send("POST", target.sendUrl().replace("/sendMessage", "/nowhere"), "{}", target.headers());

    assertEquals(404, reply.status(), reply.body());
    assertEquals("not_found", reply.errorCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void wrongMethodGets405(Target target) throws Exception {
    Reply reply = client.send("DELETE", target.sendUrl(), null, target.headers());

    assertEquals(405, reply.status(), reply.body());
    assertEquals("method_not_allowed", reply.errorCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void healthGets200(Target target) throws Exception {
    Reply reply = client.send("GET", target.sendUrl().replace("/sendMessage", "/health"), null, Map.of());

    assertEquals(200, reply.status(), reply.body());
  }
}
