package org.quarksbench.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EndpointKeyTest {
  @Test
  void parseSplitsAtHttpMethod() {
    assertEquals(new EndpointKey("POST", "/sendMessage"), EndpointKey.parse("POST /sendMessage"));
    assertEquals(new EndpointKey("GET", "/readMessage (offline peer)"), EndpointKey.parse("GET /readMessage (offline peer)"));
    assertEquals(new EndpointKey("", "retry / GET /readMessage"), EndpointKey.parse("retry / GET /readMessage"));
    assertEquals(new EndpointKey("", "login"), EndpointKey.parse("login"));
    assertEquals(new EndpointKey("", "get /lowercase"), EndpointKey.parse("get /lowercase"));
  }

  @Test
  void sortsByNameThenMethod() {
    TreeSet<EndpointKey> keys = new TreeSet<>(List.of(
        new EndpointKey("GET", "/b"), new EndpointKey("POST", "/a"), new EndpointKey("GET", "/a"),
        new EndpointKey("GET", "/\uD83D\uDE00"), new EndpointKey("GET", "/\uFFFD"), new EndpointKey("GET", "/B")));

    assertEquals(List.of(new EndpointKey("GET", "/B"), new EndpointKey("GET", "/a"), new EndpointKey("POST", "/a"),
        new EndpointKey("GET", "/b"), new EndpointKey("GET", "/\uFFFD"), new EndpointKey("GET", "/\uD83D\uDE00")),
        List.copyOf(keys));
  }
}
