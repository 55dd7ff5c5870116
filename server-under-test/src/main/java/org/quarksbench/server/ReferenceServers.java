package org.quarksbench.server;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.quarksbench.server.centralized.CentralizedServer;
import org.quarksbench.server.quarks.QuarksNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference servers that one {@link ServerOptions} selects, started in this JVM. {@link #close} stops
 * every node and deletes a temporary data directory unless {@code --keep-data} is set.
 */
public final class ReferenceServers implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ReferenceServers.class);

  private final Path dataDir;
  private final boolean deleteDataDir;
  private CentralizedServer centralized;
  private QuarksNetwork quarks;

  private ReferenceServers(Path dataDir, boolean deleteDataDir) {
    this.dataDir = dataDir;
    this.deleteDataDir = deleteDataDir;
  }

  /**
   * Starts the servers and returns once every node answers.
   *
   * @throws IllegalArgumentException for invalid options
   * @throws IOException when a port cannot be bound or a data file cannot be used
   * @throws SQLException when the centralized database cannot be opened
   */
  public static ReferenceServers start(ServerOptions options) throws IOException, SQLException {
    options.validate();
    boolean temporary = options.dataDir == null;
    Path dataDir = temporary ? Files.createTempDirectory("quarks-bench-data-") : options.dataDir;
    Files.createDirectories(dataDir);
    ReferenceServers servers = new ReferenceServers(dataDir, temporary && !options.keepData);
    try {
      if (options.startsCentralized()) {
        String jdbcUrl = options.jdbcUrl != null ? options.jdbcUrl : CentralizedServer.defaultJdbcUrl(dataDir);
        servers.centralized = CentralizedServer.start(options.host, options.centralizedPort, jdbcUrl,
            options.httpSettings());
      }
      if (options.startsQuarks()) {
        servers.quarks = QuarksNetwork.start(options.host, options.gatewayPorts, dataDir.resolve("quarks"),
            options.quarksSettings(), options.httpSettings());
      }
    } catch (IOException | SQLException | RuntimeException e) {
      servers.close();
      throw e;
    }
    return servers;
  }

  public Optional<CentralizedServer> centralized() {
    return Optional.ofNullable(centralized);
  }

  public Optional<QuarksNetwork> quarks() {
    return Optional.ofNullable(quarks);
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Returns the line printed when every node is ready, naming the URLs that clients call. */
  public String readyLine() {
    StringBuilder line = new StringBuilder("quarks-bench servers ready:");
    if (centralized != null) {
      line.append(" centralized=").append(centralized.url());
    }
    if (quarks != null) {
      line.append(" quarks=").append(String.join(",", quarks.gatewayUrls()));
    }
    return line.toString();
  }

  @Override
  public synchronized void close() {
    List<AutoCloseable> nodes = new java.util.ArrayList<>();
    if (quarks != null) {
      nodes.add(quarks);
    }
    if (centralized != null) {
      nodes.add(centralized);
    }
    for (AutoCloseable node : nodes) {
      try {
        node.close();
      } catch (Exception e) {
        log.warn("failed to stop {}", node, e);
      }
    }
    quarks = null;
    centralized = null;
    if (deleteDataDir) {
      deleteRecursively(dataDir);
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      log.warn("failed to delete the data directory {}", root, e);
    }
  }
}
