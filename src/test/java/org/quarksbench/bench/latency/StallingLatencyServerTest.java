package org.quarksbench.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StallingLatencyServerTest {
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void concurrentRequestsAreAllAnsweredAndRecorded() throws Exception {
    // Stalls cover 30 % of each 100 ms period, so some of the 40 requests wait for a stall's end.
    StallModel model = new StallModel(20, 30, 100, 30);
    try (StallingLatencyServer server = StallingLatencyServer.start(model, 0)) {
      List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        responses.add(client.sendAsync(request(server, "/delay/" + i), HttpResponse.BodyHandlers.ofString()));
      }
      for (CompletableFuture<HttpResponse<String>> response : responses) {
        HttpResponse<String> answered = response.get(30, TimeUnit.SECONDS);
        assertEquals(200, answered.statusCode());
        assertEquals("ok\n", answered.body());
      }

      assertEquals(40, server.injectedCount());
      // Every injected delay is the base delay plus at most one stall.
      assertTrue(server.injectedPercentileMillis(1) >= 20, "min " + server.injectedPercentileMillis(1));
      assertTrue(server.injectedPercentileMillis(100) <= 30 + 30 + 0.1, "max " + server.injectedPercentileMillis(100));
    }
  }

  @Test
  void responseNeverArrivesBeforeItsBaseDelay() throws Exception {
    StallModel model = new StallModel(150, 150, 1000, 0);
    try (StallingLatencyServer server = StallingLatencyServer.start(model, 0)) {
      long startNanos = System.nanoTime();
      HttpResponse<String> response = client.send(request(server, "/delay"), HttpResponse.BodyHandlers.ofString());
      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);

      assertEquals(200, response.statusCode());
      assertTrue(elapsedMillis >= 150, "answered after " + elapsedMillis + " ms, before the 150 ms delay");
    }
  }

  @Test
  void statsReportInjectedAndExpectedPercentilesAndReset() throws Exception {
    StallModel model = new StallModel(10, 10, 5000, 500);
    try (StallingLatencyServer server = StallingLatencyServer.start(model, 0)) {
      client.send(request(server, "/delay"), HttpResponse.BodyHandlers.ofString());
      client.send(request(server, "/delay"), HttpResponse.BodyHandlers.ofString());

      JsonNode stats = json.readTree(client.send(request(server, "/stats"), HttpResponse.BodyHandlers.ofString()).body());
      assertEquals(2, stats.path("count").asLong());
      assertEquals(model.describe(), stats.path("model").asText());
      assertEquals(260.0, stats.path("expectedMillis").path("p95").asDouble(), 0.05);
      assertEquals(460.0, stats.path("expectedMillis").path("p99").asDouble(), 0.05);
      assertTrue(stats.path("injectedMillis").has("p99.9"), stats.toString());

      HttpRequest reset = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/stats/reset"))
          .POST(HttpRequest.BodyPublishers.noBody())
          .build();
      assertEquals(200, client.send(reset, HttpResponse.BodyHandlers.ofString()).statusCode());
      assertEquals(0, server.injectedCount());
      assertEquals(200, client.send(request(server, "/health"), HttpResponse.BodyHandlers.ofString()).statusCode());
      assertEquals(0, server.injectedCount());
    }
  }

  private static HttpRequest request(StallingLatencyServer server, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(20))
        .build();
  }
}
