package org.quarksbench.bench.latency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP server on 127.0.0.1 that responds to every request after a delay drawn from a {@link StallModel}, so
 * that a load generator's reported percentiles can be checked against a known distribution.
 *
 * <p>Responses are scheduled on a timer instead of blocking a thread, so any number of requests can
 * wait at once. The server records each delay it injects. Paths:
 *
 * <ul>
 *   <li>{@code GET /health}: 200 at once.
 *   <li>{@code GET /stats}: JSON with the model and its parameters, the count and percentiles of the
 *       delays injected since the last reset, and the model's expected percentiles for open-workload
 *       arrivals.
 *   <li>{@code POST /stats/reset}: clears the recorded delays.
 *   <li>any other path: 200 with a short text body after the injected delay.
 * </ul>
 */
public final class StallingLatencyServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StallingLatencyServer.class);
  static final double[] REPORTED_PERCENTILES = {50, 75, 90, 95, 99, 99.9, 100};
  private static final byte[] DELAYED_BODY = "ok\n".getBytes(StandardCharsets.US_ASCII);

  static {
    // The JDK server writes headers and body separately. Without TCP_NODELAY, Nagle's algorithm delays the
    // body until the client's delayed ACK, which adds about 40 ms to responses for some clients
    // (python-requests). The property is read once, when the JDK's server classes load.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final StallModel model;
  private final HttpServer server;
  private final ScheduledExecutorService responseTimer;
  private final DelayHistogram injectedDelays = new DelayHistogram();
  private final ObjectMapper json = new ObjectMapper();
  private final long startNanos;

  private StallingLatencyServer(StallModel model, HttpServer server) {
    this.model = model;
    this.server = server;
    this.responseTimer = Executors.newScheduledThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "latency-response");
      thread.setDaemon(true);
      return thread;
    });
    this.startNanos = System.nanoTime();
  }

  /** Starts a server on 127.0.0.1:{@code port}; port 0 picks a free port. */
  public static StallingLatencyServer start(StallModel model, int port) throws IOException {
    HttpServer httpServer =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
    StallingLatencyServer latencyServer = new StallingLatencyServer(model, httpServer);
    httpServer.createContext("/", latencyServer::handle);
    httpServer.start();
    log.info("Latency server listening on 127.0.0.1:{} with {}", latencyServer.port(), model.describe());
    return latencyServer;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public StallModel model() {
    return model;
  }

  /** Returns the number of delayed responses recorded since the last reset. */
  public long injectedCount() {
    return injectedDelays.count();
  }

  /** Returns the nearest-rank percentile of the recorded delays in ms, at 0.1 ms resolution. */
  public double injectedPercentileMillis(double percentile) {
    return injectedDelays.percentileMillis(percentile);
  }

  @Override
  public void close() {
    server.stop(0);
    responseTimer.shutdownNow();
    log.info("Latency server on port {} stopped", port());
  }

  private void handle(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals("/health")) {
      respond(exchange, 200, "{\"status\":\"ok\"}");
    } else if (path.equals("/stats") && method.equals("GET")) {
      respond(exchange, 200, json.writeValueAsString(statistics()));
    } else if (path.equals("/stats/reset") && method.equals("POST")) {
      injectedDelays.reset();
      respond(exchange, 200, "{\"status\":\"reset\"}");
    } else {
      scheduleDelayedResponse(exchange);
    }
  }

  private void scheduleDelayedResponse(HttpExchange exchange) {
    double sinceStartMillis = (System.nanoTime() - startNanos) / 1e6;
    double baseMillis =
        model.baseMaxMillis() == model.baseMinMillis()
            ? model.baseMinMillis()
            : ThreadLocalRandom.current().nextDouble(model.baseMinMillis(), model.baseMaxMillis());
    double delayMillis = model.stallWaitMillis(sinceStartMillis) + baseMillis;
    injectedDelays.record(delayMillis);
    responseTimer.schedule(
        () -> sendDelayedBody(exchange), Math.round(delayMillis * 1000), TimeUnit.MICROSECONDS);
  }

  private void sendDelayedBody(HttpExchange exchange) {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, DELAYED_BODY.length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(DELAYED_BODY);
      }
    } catch (IOException e) {
      // The client gave up (for example a timed-out request); the next request is unaffected.
      log.debug("Delayed response to {} failed", exchange.getRemoteAddress(), e);
    }
  }

  private Map<String, Object> statistics() {
    Map<String, Object> injected = new LinkedHashMap<>();
    Map<String, Object> expected = new LinkedHashMap<>();
    for (double percentile : REPORTED_PERCENTILES) {
      String key = percentile == 100 ? "max" : "p" + formatPercentile(percentile);
      injected.put(key, injectedDelays.percentileMillis(percentile));
      expected.put(key, Math.round(model.expectedPercentileMillis(percentile) * 10) / 10.0);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("model", model.describe());
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("baseMinMillis", model.baseMinMillis());
    parameters.put("baseMaxMillis", model.baseMaxMillis());
    parameters.put("periodMillis", model.periodMillis());
    parameters.put("stallMillis", model.stallMillis());
    result.put("modelParameters", parameters);
    result.put("count", injectedDelays.count());
    result.put("injectedMillis", injected);
    result.put("expectedMillis", expected);
    return result;
  }

  static String formatPercentile(double percentile) {
    return percentile == Math.rint(percentile) ? Long.toString((long) percentile) : Double.toString(percentile);
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
    exchange.close();
  }
}
