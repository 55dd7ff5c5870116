package org.quarksbench.server;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quarksbench.server.centralized.CentralizedServer;
import org.quarksbench.server.quarks.ChannelConfig;
import org.quarksbench.server.quarks.Organization;
import org.quarksbench.server.quarks.QuarksNetwork;
import org.quarksbench.server.quarks.gateway.GatewayNode;
import org.quarksbench.server.quarks.orderer.OrdererNode;
import org.quarksbench.server.quarks.peer.PeerNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference servers that one {@link ServerOptions} selects, started in this JVM: all of them, or one
 * quarks node of a network whose nodes run as separate processes. {@link #close} stops
 * every node and deletes a temporary data directory unless {@code --keep-data} is set.
 */
public final class ReferenceServers implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ReferenceServers.class);

  private final Path dataDir;
  private final boolean deleteDataDir;
  private CentralizedServer centralized;
  private QuarksNetwork quarks;
  /** The node of a single-node role, or null. */
  private AutoCloseable singleNode;
  private String singleNodeReady;

  private ReferenceServers(Path dataDir, boolean deleteDataDir) {
    this.dataDir = dataDir;
    this.deleteDataDir = deleteDataDir;
  }

  /**
   * Starts the servers and returns once every node accepts requests.
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
      if (options.role == NodeRole.ALL) {
        servers.startAll(options);
      } else {
        servers.startSingleNode(options);
      }
    } catch (IOException | SQLException | RuntimeException e) {
      servers.close();
      throw e;
    }
    return servers;
  }

  private void startAll(ServerOptions options) throws IOException, SQLException {
    if (options.startsCentralized()) {
      String jdbcUrl = options.jdbcUrl != null ? options.jdbcUrl : CentralizedServer.defaultJdbcUrl(dataDir);
      centralized = CentralizedServer.start(options.host, options.centralizedPort, jdbcUrl, options.httpSettings());
    }
    if (options.startsQuarks()) {
      quarks = QuarksNetwork.start(options.host, options.gatewayPorts, dataDir.resolve("quarks"),
          options.quarksSettings(), options.httpSettings());
    }
  }

  private void startSingleNode(ServerOptions options) throws IOException {
    List<ChannelConfig> channels = ChannelConfig.defaults();
    switch (options.role) {
      case ORDERER -> {
        OrdererNode orderer = OrdererNode.start(options.host, options.port, dataDir, channels,
            options.quarksSettings(), options.httpSettings());
        singleNode = orderer;
        singleNodeReady = "orderer=" + orderer.url();
      }
      case PEER -> {
        Organization org = organization(options.org);
        PeerNode peer = PeerNode.start(org.name(), options.host, options.port, dataDir, options.ordererUrl, channels,
            options.quarksSettings(), options.httpSettings());
        singleNode = peer;
        singleNodeReady = "peer-" + org.name() + "=" + peer.url();
      }
      case GATEWAY -> {
        Organization org = organization(options.org);
        GatewayNode gateway = GatewayNode.start(org.name(), options.host, options.port, dataDir, options.ordererUrl,
            options.peerUrl, options.peerUrls, List.of(org.defaultUser()), channels, options.quarksSettings(),
            options.httpSettings());
        singleNode = gateway;
        singleNodeReady = "gateway-" + org.name() + "=" + gateway.url();
      }
      default -> throw new IllegalStateException("role " + options.role + " is not a single node");
    }
  }

  private static Organization organization(String name) {
    for (Organization org : Organization.defaults()) {
      if (org.name().equals(name)) {
        return org;
      }
    }
    throw new IllegalArgumentException("--org '" + name + "' is not an organisation of the network; use "
        + Organization.defaults().stream().map(Organization::name).toList());
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
    if (singleNodeReady != null) {
      line.append(' ').append(singleNodeReady);
    }
    return line.toString();
  }

  @Override
  public synchronized void close() {
    List<AutoCloseable> nodes = new ArrayList<>();
    if (singleNode != null) {
      nodes.add(singleNode);
    }
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
    singleNode = null;
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
