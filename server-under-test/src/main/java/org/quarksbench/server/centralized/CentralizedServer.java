package org.quarksbench.server.centralized;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.quarksbench.server.http.HttpSettings;
import org.quarksbench.server.http.JsonHttpServer;

/**
 * The centralized messaging server: one HTTP node in front of a SQL database, with the researchers' API
 * ({@code POST /sendMessage}, {@code POST /readMessage}, a token header per account).
 */
public final class CentralizedServer implements AutoCloseable {
  private final MessageStore store;
  private final JsonHttpServer http;

  private CentralizedServer(MessageStore store, JsonHttpServer http) {
    this.store = store;
    this.http = http;
  }

  /**
   * Returns the default JDBC URL: an embedded H2 database file in {@code dataDir}. {@code WRITE_DELAY=0}
   * makes H2 write each commit to the file before the commit returns, so an acknowledged message survives
   * a kill of the process. With H2 2.3.232's default write delay, a SIGKILL right after 40 acknowledged
   * inserts lost the last 10 of them.
   *
   * <p>NOTE: the write reaches the operating system, not necessarily the disk, so a power loss may still
   * lose the last commits.
   */
  public static String defaultJdbcUrl(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("centralized") + ";WRITE_DELAY=0";
  }

  /** Opens the database, starts the HTTP node and returns once it accepts requests. */
  public static CentralizedServer start(String host, int port, String jdbcUrl, HttpSettings settings)
      throws IOException, SQLException {
    MessageStore store = MessageStore.open(jdbcUrl, settings.workerThreads());
    JsonHttpServer http = new JsonHttpServer("centralized", host, port, settings);
    TokenCheck tokenCheck = new TokenCheck(store);
    http.route("POST", "/sendMessage", new SendMessageHandler(store, tokenCheck));
    http.route("POST", "/readMessage", new ReadMessageHandler(store, tokenCheck));
    try {
      http.start();
    } catch (IOException e) {
      store.close();
      throw e;
    }
    return new CentralizedServer(store, http);
  }

  public String url() {
    return http.url();
  }

  public int port() {
    return http.port();
  }

  public JsonHttpServer http() {
    return http;
  }

  @Override
  public void close() {
    http.close();
    store.close();
  }

  @Override
  public String toString() {
    return "CentralizedServer at " + http.url();
  }
}
