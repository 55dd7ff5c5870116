package org.quarksbench.server.http;

/** The behaviour of a node toward a request that arrives while it is at capacity. */
public enum OverloadMode {
  /** Respond at once with 503 and the JSON error {@code overloaded}. */
  REJECT,
  /**
   * Keep the request without a response and close its connection after the server timeout, as the researchers'
   * Node.js servers did under load (their clients saw the connection close after 120 s).
   */
  CLOSE
}
