package org.quarksbench.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quarksbench.server.testing.TestClient;
import org.quarksbench.server.testing.TestClient.Reply;

class JsonHttpServerTest {
  private final TestClient client = new TestClient();
  private final ExecutorService clients = Executors.newFixedThreadPool(4);
  /** Runs the held handlers, apart from the server's own threads. */
  private final ExecutorService holders = Executors.newCachedThreadPool();
  private JsonHttpServer server;

  @AfterEach
  void stop() throws InterruptedException {
    clients.shutdownNow();
    holders.shutdownNow();
    clients.awaitTermination(10, TimeUnit.SECONDS);
    if (server != null) {
      server.close();
    }
  }

  /** Starts a server whose {@code /hold} endpoint keeps every request until {@code release} counts down. */
  private void startHolding(HttpSettings settings, CountDownLatch release) throws IOException {
    server = new JsonHttpServer("test-node", "127.0.0.1", 0, settings);
    server.route("POST", "/hold", (request, responder) ->
        holders.execute(() -> {
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          responder.sendJson(200, Map.of("held", true));
        }));
    server.route("GET", "/echo", (request, responder) -> responder.sendJsonBytes(200, request.body()));
    server.start();
  }

  private void awaitPending(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (server.pendingRequests() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(count, server.pendingRequests());
  }

  @Test
  void getRequestCarriesJsonBody() throws Exception {
    startHolding(HttpSettings.defaults(), new CountDownLatch(0));

    Reply reply = client.get(server.url() + "/echo", "{\"from_timestamp\":\"123\"}");

    assertEquals(200, reply.status());
    assertEquals("123", reply.json().get("from_timestamp").asText());
  }

  @Test
  void rejectModeAnswers503WhileSlotsAreHeld() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    startHolding(HttpSettings.defaults().withMaxPendingRequests(1), release);
    Future<Reply> admitted = clients.submit(() -> client.post(server.url() + "/hold", "{}"));
    awaitPending(1);

    Reply rejected = client.post(server.url() + "/hold", "{}");
    release.countDown();

    assertEquals(503, rejected.status(), rejected.body());
    assertEquals("overloaded", rejected.errorCode());
    assertEquals(200, admitted.get(20, TimeUnit.SECONDS).status());
    assertEquals(1, server.overloadedRequests());
  }

  @Test
  void closeModeClosesConnectionAfterServerTimeout() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    startHolding(HttpSettings.defaults().withMaxPendingRequests(1).withOverload(OverloadMode.CLOSE,
        Duration.ofMillis(300)), release);
    Future<Reply> admitted = clients.submit(() -> client.post(server.url() + "/hold", "{}"));
    awaitPending(1);

    IOException closed = assertThrows(IOException.class, () -> client.post(server.url() + "/hold", "{}"));
    release.countDown();

    assertFalse(closed instanceof HttpTimeoutException, "the server, not the client's timeout, must close: " + closed);
    assertEquals(200, admitted.get(20, TimeUnit.SECONDS).status(), "the admitted request gets its response after the other closed");
  }

  @Test
  void healthIsAnsweredWhileFull() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    startHolding(HttpSettings.defaults().withMaxPendingRequests(1), release);
    clients.submit(() -> client.post(server.url() + "/hold", "{}"));
    awaitPending(1);

    Reply health = client.get(server.url() + "/health", null);
    release.countDown();

    assertEquals(200, health.status());
  }

  @Test
  void keepsMoreThan200IdleConnectionsOpen() throws Exception {
    startHolding(HttpSettings.defaults(), new CountDownLatch(0));
    List<Socket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < 300; i++) {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(10_000);
        sockets.add(socket);
        assertEquals(200, getHealth(socket), "first request on connection " + i);
      }

      // All 300 connections are idle now; each must still serve a second request.
      List<Integer> failed = new ArrayList<>();
      for (int i = 0; i < sockets.size(); i++) {
        if (getHealth(sockets.get(i)) != 200) {
          failed.add(i);
        }
      }

      assertEquals(List.of(), failed, "connections closed by the server while idle");
    } finally {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }

  /** Sends GET /health on a kept-alive connection and returns the status, or -1 if the server closed it. */
  private static int getHealth(Socket socket) {
    try {
      OutputStream out = socket.getOutputStream();
      out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      String statusLine = in.readLine();
      if (statusLine == null) {
        return -1;
      }
      int contentLength = 0;
      String header;
      while ((header = in.readLine()) != null && !header.isEmpty()) {
        if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
          contentLength = Integer.parseInt(header.substring("content-length:".length()).trim());
        }
      }
      for (int i = 0; i < contentLength; i++) {
        in.read();
      }
      return Integer.parseInt(statusLine.split(" ")[1]);
    } catch (IOException e) {
      return -1;
    }
  }

  @Test
  void injectedLatencyDelaysHandler() throws Exception {
    startHolding(HttpSettings.defaults().withInjectedLatency(Map.of("echo", Duration.ofMillis(400))),
        new CountDownLatch(0));

    long startNanos = System.nanoTime();
    Reply reply = client.get(server.url() + "/echo", "{}");
    long elapsedMillis = (System.nanoTime() - startNanos) / 1_000_000;

    assertEquals(200, reply.status());
    // A lower bound only: the delay must be applied; a slow machine can only make it longer.
    assertTrue(elapsedMillis >= 400, "elapsed " + elapsedMillis + " ms");
  }
}
