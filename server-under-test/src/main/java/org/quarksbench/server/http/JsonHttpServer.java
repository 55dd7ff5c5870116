package org.quarksbench.server.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP server for JSON endpoints on the JDK's {@code com.sun.net.httpserver}, with the error shape,
 * body limit, admission control and latency injection that every node shares.
 *
 * <p>Requests are parsed on a small I/O pool and handled on a bounded worker pool. At most
 * {@link HttpSettings#maxPendingRequests()} requests are admitted at once, including those a handler keeps
 * to respond to later, so memory stays bounded; the next one meets the {@link OverloadMode}. {@code GET /health}
 * is never subject to admission. A GET request may carry a body, which handlers read like any other.
 */
public final class JsonHttpServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(JsonHttpServer.class);
  /**
   * JDK property: idle keep-alive connections a server keeps; it closes the others when their response is
   * done. Its default, 200, is below one connection per load-test user, and a client that reuses a closed
   * connection fails (300 Python clients saw about 1000 broken pipes in 40 s).
   */
  static final String MAX_IDLE_CONNECTIONS_PROPERTY = "sun.net.httpserver.maxIdleConnections";
  static final int MAX_IDLE_CONNECTIONS = 100_000;

  static {
    // NOTE: the JDK reads the property once, when the first HttpServer in the JVM starts; a value set on
    // the command line wins.
    if (System.getProperty(MAX_IDLE_CONNECTIONS_PROPERTY) == null) {
      System.setProperty(MAX_IDLE_CONNECTIONS_PROPERTY, Integer.toString(MAX_IDLE_CONNECTIONS));
    }
  }
  private static final int IO_THREADS = 2;
  private static final int IO_QUEUE_CAPACITY = 4096;
  /** Requests parked by {@link OverloadMode#CLOSE} beyond which the connection closes at once. */
  private static final int MAX_PARKED_PER_PENDING = 4;
  /** Largest rejected body read to its end; past it the connection closes. */
  private static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

  private final String nodeName;
  private final InetSocketAddress requestedAddress;
  private final HttpSettings settings;
  /** Path, then method, to endpoint. Filled before {@link #start}. */
  private final Map<String, Map<String, Endpoint>> routes = new ConcurrentHashMap<>();
  /** Endpoints that bypass admission and run on the I/O thread. */
  private final java.util.Set<Endpoint> internalEndpoints = ConcurrentHashMap.newKeySet();
  private final AtomicInteger pendingRequests = new AtomicInteger();
  private final AtomicInteger parkedRequests = new AtomicInteger();
  private final AtomicInteger overloadedRequests = new AtomicInteger();

  private volatile HttpServer server;
  private boolean closed;
  private ThreadPoolExecutor ioExecutor;
  private ThreadPoolExecutor workers;
  private ScheduledExecutorService scheduler;

  public JsonHttpServer(String nodeName, String host, int port, HttpSettings settings) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535 but was " + port);
    }
    this.nodeName = nodeName;
    this.requestedAddress = new InetSocketAddress(host, port);
    this.settings = settings;
  }

  /** Registers the endpoint of {@code method} and {@code path}; call before {@link #start}. */
  public JsonHttpServer route(String method, String path, Endpoint endpoint) {
    if (server != null) {
      throw new IllegalStateException(this + ": route " + method + " " + path + " added after start");
    }
    routes.computeIfAbsent(path, p -> new ConcurrentHashMap<>()).put(method, endpoint);
    return this;
  }

  /**
   * Registers an endpoint for other nodes that is never rejected for overload and runs on the I/O thread,
   * so it must be quick and must not block. The gateway's commit events use it, because rejecting them under load
   * would leave every waiting send to time out.
   */
  public JsonHttpServer internalRoute(String method, String path, Endpoint endpoint) {
    route(method, path, endpoint);
    internalEndpoints.add(endpoint);
    return this;
  }

  /** Binds the port and starts serving; {@code GET /health} returns 200 from here on. */
  public synchronized void start() throws IOException {
    if (server != null) {
      throw new IllegalStateException(this + " started twice");
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(namedThreads(nodeName + "-timer"));
    ioExecutor = new ThreadPoolExecutor(IO_THREADS, IO_THREADS, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(IO_QUEUE_CAPACITY), namedThreads(nodeName + "-io"),
        new ThreadPoolExecutor.CallerRunsPolicy());
    workers = new ThreadPoolExecutor(settings.workerThreads(), settings.workerThreads(), 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(settings.maxPendingRequests()), namedThreads(nodeName + "-worker"));
    HttpServer created;
    try {
      created = HttpServer.create(requestedAddress, 1024);
    } catch (java.net.BindException e) {
      close();
      throw new java.net.BindException(nodeName + " cannot listen on " + requestedAddress.getHostString() + ":"
          + requestedAddress.getPort() + ": " + e.getMessage());
    }
    created.createContext("/", this::dispatch);
    created.setExecutor(ioExecutor);
    created.start();
    server = created;
    log.info("{} listening on {}", nodeName, url());
  }

  public int port() {
    HttpServer current = server;
    if (current == null) {
      throw new IllegalStateException(nodeName + ": port requested before start");
    }
    return current.getAddress().getPort();
  }

  public String url() {
    return "http://" + requestedAddress.getHostString() + ":" + port();
  }

  /** Timer for handlers that respond later, such as on a commit timeout. */
  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** Admitted requests that have no response yet. */
  public int pendingRequests() {
    return pendingRequests.get();
  }

  /** Requests rejected with 503 or parked because the node was at capacity, since start. */
  public int overloadedRequests() {
    return overloadedRequests.get();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    HttpServer current = server;
    if (current != null) {
      current.stop(0);
    }
    if (scheduler == null) {
      return;
    }
    scheduler.shutdownNow();
    workers.shutdownNow();
    ioExecutor.shutdownNow();
    log.info("{} stopped", nodeName);
  }

  @Override
  public String toString() {
    HttpServer current = server;
    return nodeName + (current == null ? " (not started)" : " at " + url());
  }

  private void dispatch(HttpExchange exchange) {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals("/health") && method.equals("GET")) {
      new Responder(exchange, () -> {}).sendJson(200, Map.of("status", "ready", "node", nodeName));
      return;
    }
    Map<String, Endpoint> byMethod = routes.get(path);
    if (byMethod == null) {
      new Responder(exchange, () -> {}).sendError(new ApiException(404, "not_found",
          "No endpoint at " + path + " on " + nodeName + "; see the server documentation for the paths."));
      return;
    }
    Endpoint endpoint = byMethod.get(method);
    if (endpoint == null) {
      exchange.getResponseHeaders().set("Allow", String.join(", ", byMethod.keySet()));
      new Responder(exchange, () -> {}).sendError(new ApiException(405, "method_not_allowed",
          method + " is not allowed on " + path + "; use " + String.join(" or ", byMethod.keySet()) + "."));
      return;
    }
    if (internalEndpoints.contains(endpoint)) {
      Responder responder = new Responder(exchange, () -> {});
      try {
        invoke(endpoint, readRequest(exchange, path), responder);
      } catch (ApiException e) {
        responder.sendError(e);
      } catch (IOException e) {
        log.debug("{}: failed to read the request body of {} {}: {}", nodeName, method, path, e.toString());
        responder.abort();
      }
      return;
    }
    if (pendingRequests.incrementAndGet() > settings.maxPendingRequests()) {
      pendingRequests.decrementAndGet();
      rejectOverloaded(exchange);
      return;
    }
    Responder responder = new Responder(exchange, pendingRequests::decrementAndGet);
    try {
      Request request = readRequest(exchange, path);
      schedule(endpoint, request, responder);
    } catch (ApiException e) {
      responder.sendError(e);
    } catch (IOException e) {
      log.debug("{}: failed to read the request body of {} {}: {}", nodeName, method, path, e.toString());
      responder.abort();
    }
  }

  private Request readRequest(HttpExchange exchange, String path) throws IOException {
    String contentLength = exchange.getRequestHeaders().getFirst("Content-Length");
    long declared = -1;
    if (contentLength != null) {
      try {
        declared = Long.parseLong(contentLength.trim());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("The Content-Length header '" + contentLength + "' is not a number.");
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      if (declared > settings.maxBodyBytes()) {
        drain(in);
        throw bodyTooLarge(declared);
      }
      byte[] body = in.readNBytes(settings.maxBodyBytes() + 1);
      if (body.length > settings.maxBodyBytes()) {
        long rest = drain(in);
        throw bodyTooLarge(body.length + rest);
      }
      return new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
          exchange.getRequestHeaders(), body);
    }
  }

  /**
   * Reads and drops the rest of a rejected body, up to {@link #MAX_DRAINED_BYTES}, so that the client reads
   * the 413 instead of a connection reset (the JDK server drains only 64 KB before it closes).
   *
   * @return bytes dropped
   */
  private static long drain(InputStream in) throws IOException {
    long drained = 0;
    byte[] buffer = new byte[64 * 1024];
    int read;
    while (drained < MAX_DRAINED_BYTES && (read = in.read(buffer)) >= 0) {
      drained += read;
    }
    return drained;
  }

  private ApiException bodyTooLarge(long bytes) {
    return new ApiException(413, "body_too_large", "The request body has " + bytes
        + " bytes; the maximum is " + settings.maxBodyBytes() + " bytes.");
  }

  private void schedule(Endpoint endpoint, Request request, Responder responder) {
    Duration delay = settings.injectedLatency().get(request.path().substring(1));
    if (delay == null || delay.isZero()) {
      submit(endpoint, request, responder);
      return;
    }
    scheduler.schedule(() -> submit(endpoint, request, responder), delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void submit(Endpoint endpoint, Request request, Responder responder) {
    try {
      workers.execute(() -> invoke(endpoint, request, responder));
    } catch (RejectedExecutionException e) {
      overloadedRequests.incrementAndGet();
      responder.sendError(ApiException.overloaded(nodeName + " has no free worker; retry later."));
    }
  }

  private void invoke(Endpoint endpoint, Request request, Responder responder) {
    try {
      endpoint.handle(request, responder);
    } catch (ApiException e) {
      responder.sendError(e);
    } catch (Exception | Error e) {
      log.error("{}: {} {} failed", nodeName, request.method(), request.path(), e);
      responder.sendError(new ApiException(500, "internal_error",
          "The server failed on this request (" + e.getClass().getSimpleName() + "); see its log."));
    }
  }

  private void rejectOverloaded(HttpExchange exchange) {
    overloadedRequests.incrementAndGet();
    if (settings.overloadMode() == OverloadMode.REJECT) {
      new Responder(exchange, () -> {}).sendError(ApiException.overloaded(nodeName + " is at its limit of "
          + settings.maxPendingRequests() + " pending requests; retry later."));
      return;
    }
    if (parkedRequests.incrementAndGet() > MAX_PARKED_PER_PENDING * settings.maxPendingRequests()) {
      new Responder(exchange, parkedRequests::decrementAndGet).abort();
      return;
    }
    Responder parked = new Responder(exchange, parkedRequests::decrementAndGet);
    scheduler.schedule(parked::abort, settings.serverTimeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  private static ThreadFactory namedThreads(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
