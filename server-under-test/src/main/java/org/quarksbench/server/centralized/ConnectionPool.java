package org.quarksbench.server.centralized;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed set of JDBC connections to one URL, opened at start and lent to one caller at a time. Works with
 * any JDBC driver on the class path. Thread-safe.
 */
final class ConnectionPool implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ConnectionPool.class);

  private final String jdbcUrl;
  private final List<Connection> all = new ArrayList<>();
  private final BlockingQueue<Connection> idle;
  private final long borrowTimeoutMillis;

  ConnectionPool(String jdbcUrl, int size, long borrowTimeoutMillis) throws SQLException {
    if (size < 1) {
      throw new IllegalArgumentException("pool size must be positive but was " + size);
    }
    this.jdbcUrl = jdbcUrl;
    this.borrowTimeoutMillis = borrowTimeoutMillis;
    this.idle = new ArrayBlockingQueue<>(size);
    try {
      for (int i = 0; i < size; i++) {
        Connection connection = DriverManager.getConnection(jdbcUrl);
        all.add(connection);
        idle.add(connection);
      }
    } catch (SQLException e) {
      close();
      throw e;
    }
  }

  /** Runs {@code work} with a connection in auto-commit mode and returns its result. */
  <T> T withConnection(SqlWork<T> work) throws SQLException {
    Connection connection;
    try {
      connection = idle.poll(borrowTimeoutMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a connection to " + jdbcUrl, e);
    }
    if (connection == null) {
      throw new SQLException("no free connection to " + jdbcUrl + " within " + borrowTimeoutMillis + " ms");
    }
    try {
      return work.run(connection);
    } finally {
      idle.add(connection);
    }
  }

  @Override
  public void close() {
    for (Connection connection : all) {
      try {
        connection.close();
      } catch (SQLException e) {
        log.warn("failed to close a connection to {}", jdbcUrl, e);
      }
    }
    all.clear();
    idle.clear();
  }

  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }
}
