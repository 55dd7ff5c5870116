package org.quarksbench.server.http;

/** What a node does with a request that arrives while it is at capacity. */
public enum OverloadMode {
  /** Answer at once with 503 and the JSON error {@code overloaded}. */
  REJECT,
  /**
   * Keep the request unanswered and close its connection after the server timeout, as the researchers'
   * Node.js servers did under load (their clients saw the connection close after 120 s).
   */
  CLOSE
}
