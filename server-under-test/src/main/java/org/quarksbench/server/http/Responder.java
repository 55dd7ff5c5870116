package org.quarksbench.server.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the one response of an exchange, from any thread. Only the first call to a send or {@link #abort}
 * has an effect, so a commit and a timeout racing for the same request cannot both respond.
 */
public final class Responder {
  private static final Logger log = LoggerFactory.getLogger(Responder.class);

  private final HttpExchange exchange;
  private final Runnable onComplete;
  private final AtomicBoolean completed = new AtomicBoolean();

  Responder(HttpExchange exchange, Runnable onComplete) {
    this.exchange = exchange;
    this.onComplete = onComplete;
  }

  /** Sends {@code body} as JSON with the given status; returns false if the exchange already has a response. */
  public boolean sendJson(int status, Object body) {
    return sendJsonBytes(status, Json.toBytes(body));
  }

  /** Sends bytes that are already JSON, such as a reply relayed from another node. */
  public boolean sendJsonBytes(int status, byte[] bytes) {
    if (!completed.compareAndSet(false, true)) {
      return false;
    }
    try {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException e) {
      log.debug("Client at {} left before the {} response to {} {}: {}",
          exchange.getRemoteAddress(), status, exchange.getRequestMethod(), exchange.getRequestURI(), e.toString());
    } finally {
      exchange.close();
      onComplete.run();
    }
    return true;
  }

  /** Sends the JSON error of {@code error}; returns false if the exchange already has a response. */
  public boolean sendError(ApiException error) {
    return sendJson(error.status(), new ErrorBody(error.code(), error.detail()));
  }

  /** Closes the connection without a response, as a server timeout does; returns false if it already has a response. */
  public boolean abort() {
    if (!completed.compareAndSet(false, true)) {
      return false;
    }
    // HttpExchange.close() before sendResponseHeaders closes the underlying connection.
    exchange.close();
    onComplete.run();
    return true;
  }

  public boolean isCompleted() {
    return completed.get();
  }
}
