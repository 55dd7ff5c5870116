package org.quarksbench.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A JSON client for tests on java.net.http, which (unlike OkHttp) sends a body with GET, as the quarks
 * {@code readMessage} call needs.
 */
public final class TestClient {
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A response: status, raw body, and the body as JSON (null if it is not JSON). */
  public record Reply(int status, String body, JsonNode json) {
    public String errorCode() {
      return json == null || json.get("error") == null ? null : json.get("error").asText();
    }
  }

  public Reply send(String method, String url, String body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body(), parse(response.body()));
  }

  public Reply post(String url, String body) throws IOException, InterruptedException {
    return send("POST", url, body, Map.of());
  }

  public Reply get(String url, String body) throws IOException, InterruptedException {
    return send("GET", url, body, Map.of());
  }

  public static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }
}
