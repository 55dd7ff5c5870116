package org.quarksbench.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarksbench.server.http.HttpSettings;
import org.quarksbench.server.http.OverloadMode;
import org.quarksbench.server.quarks.QuarksSettings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The command-line options of the reference servers, shared by {@link ServerMain} and the harness's
 * {@code serve} command as a picocli mixin. Fields are public for programmatic use (tests, the simulation).
 */
public final class ServerOptions {
  @Option(names = "--centralized", description = "Start the centralized server (with neither --centralized"
      + " nor --quarks, both start).")
  public boolean centralized;

  @Option(names = "--quarks", description = "Start the quarks network (with neither option, both start).")
  public boolean quarks;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address every node binds (default: ${DEFAULT-VALUE}).")
  public String host = "127.0.0.1";

  @Option(names = "--centralized-port", defaultValue = "3000", paramLabel = "<port>",
      description = "Port of the centralized server; 0 picks a free port (default: ${DEFAULT-VALUE}).")
  public int centralizedPort = 3000;

  @Option(names = "--gateway-ports", defaultValue = "3001,3002,3003", split = ",", paramLabel = "<port>",
      description = "Ports of the gateways of org1, org2, org3; 0 picks a free port (default: ${DEFAULT-VALUE}).")
  public List<Integer> gatewayPorts = new ArrayList<>(List.of(3001, 3002, 3003));

  @Option(names = "--data-dir", paramLabel = "<dir>", description = "Directory of the databases and ledgers"
      + " (default: a fresh temporary directory, deleted at exit unless --keep-data).")
  public Path dataDir;

  @Option(names = "--keep-data", description = "Keep the temporary data directory at exit and print its path.")
  public boolean keepData;

  @Option(names = "--jdbc-url", paramLabel = "<url>", description = "JDBC URL of the centralized server's"
      + " database (default: an embedded H2 file in the data directory).")
  public String jdbcUrl;

  @Option(names = "--batch-timeout", defaultValue = "2s", converter = DurationConverter.class,
      paramLabel = "<duration>", description = "Time after a block's first transaction at which the orderer"
      + " cuts the block (default: ${DEFAULT-VALUE}).")
  public Duration batchTimeout = Duration.ofSeconds(2);

  @Option(names = "--max-message-count", defaultValue = "10", paramLabel = "<count>",
      description = "Transactions per block at which the orderer cuts at once (default: ${DEFAULT-VALUE}).")
  public int maxMessageCount = 10;

  @Option(names = "--preferred-max-bytes", defaultValue = "524288", paramLabel = "<bytes>",
      description = "Block size in bytes at which the orderer cuts (default: ${DEFAULT-VALUE}).")
  public int preferredMaxBytes = 524_288;

  @Option(names = "--commit-timeout", defaultValue = "60s", converter = DurationConverter.class,
      paramLabel = "<duration>", description = "Time a gateway waits for the commit of a send before it responds"
      + " with 504; in the close overload mode, --server-timeout applies instead (default: ${DEFAULT-VALUE}).")
  public Duration commitTimeout = Duration.ofSeconds(60);

  @Option(names = "--orderer-queue-size", defaultValue = "10000", paramLabel = "<count>",
      description = "Max transactions per channel that wait in the orderer for a block; more get 503"
      + " (default: ${DEFAULT-VALUE}).")
  public int ordererQueueSize = 10_000;

  @Option(names = "--sync-interval", defaultValue = "500ms", converter = DurationConverter.class,
      paramLabel = "<duration>", description = "How often a peer fetches missing blocks from the orderer"
      + " (default: ${DEFAULT-VALUE}).")
  public Duration syncInterval = Duration.ofMillis(500);

  @Option(names = "--validation-cost", defaultValue = "0ms", converter = DurationConverter.class,
      paramLabel = "<duration>", description = "Time each peer waits per transaction of a block before it"
      + " commits the block, one block after another. It models the validation and state database work of a"
      + " Fabric peer, which this network does not do (default: ${DEFAULT-VALUE}).")
  public Duration validationCost = Duration.ZERO;

  @Option(names = "--max-pending-requests", defaultValue = "2000", paramLabel = "<count>",
      description = "Max requests a node accepts at once, including sends that wait for their block; past it,"
      + " the overload mode applies (default: ${DEFAULT-VALUE}).")
  public int maxPendingRequests = 2000;

  @Option(names = "--worker-threads", defaultValue = "8", paramLabel = "<count>",
      description = "Handler threads per node (default: ${DEFAULT-VALUE}).")
  public int workerThreads = 8;

  @Option(names = "--overload-mode", defaultValue = "reject", converter = OverloadModeConverter.class,
      paramLabel = "reject|close", description = "reject: respond with 503 at once when a node is full; close:"
      + " keep the request and close its connection after --server-timeout, as the original Node.js servers"
      + " did (default: ${DEFAULT-VALUE}).")
  public OverloadMode overloadMode = OverloadMode.REJECT;

  @Option(names = "--server-timeout", defaultValue = "120s", converter = DurationConverter.class,
      paramLabel = "<duration>", description = "Time after which the close overload mode closes a request's"
      + " connection: one queued beyond capacity, or a send still waiting for its block (default: ${DEFAULT-VALUE}).")
  public Duration serverTimeout = Duration.ofSeconds(120);

  @Option(names = "--max-body-bytes", defaultValue = "1048576", paramLabel = "<bytes>",
      description = "Largest request body; a larger one gets 413 (default: ${DEFAULT-VALUE}).")
  public int maxBodyBytes = HttpSettings.DEFAULT_MAX_BODY_BYTES;

  @Option(names = "--inject-latency", paramLabel = "<endpoint>=<duration>", converter = LatencyConverter.class,
      description = "Delay every request to an endpoint of both servers before its handler runs, such as"
      + " readMessage=50ms; repeatable. Used to check that a slowdown is caught.")
  public List<Map.Entry<String, Duration>> injectedLatency = new ArrayList<>();

  @Option(names = "--role", defaultValue = "all", converter = RoleConverter.class,
      paramLabel = "all|orderer|peer|gateway", description = "all: the selected servers in this process;"
      + " orderer, peer or gateway: one quarks node, for a network of separate processes (default: ${DEFAULT-VALUE}).")
  public NodeRole role = NodeRole.ALL;

  @Option(names = "--org", paramLabel = "<org>", description = "Organisation of a peer or gateway node: org1,"
      + " org2 or org3.")
  public String org;

  @Option(names = "--port", defaultValue = "0", paramLabel = "<port>",
      description = "Port of an orderer, peer or gateway node; 0 picks a free port (default: ${DEFAULT-VALUE}).")
  public int port;

  @Option(names = "--orderer-url", paramLabel = "<url>", description = "URL of the orderer, for a peer or"
      + " gateway node.")
  public String ordererUrl;

  @Option(names = "--peer-url", paramLabel = "<url>", description = "URL of the gateway's own peer.")
  public String peerUrl;

  @Option(names = "--peer-urls", split = ",", paramLabel = "<url>", description = "URLs of every peer, where a"
      + " gateway enrolls users.")
  public List<String> peerUrls = new ArrayList<>();

  /** Returns whether the centralized server starts: when asked for, or when neither server is named. */
  public boolean startsCentralized() {
    return centralized || !quarks;
  }

  public boolean startsQuarks() {
    return quarks || !centralized;
  }

  /** Checks values that picocli cannot; throws IllegalArgumentException naming the option and value. */
  public void validate() {
    validateRole();
    requirePort("--centralized-port", centralizedPort);
    if (gatewayPorts.size() != 3) {
      throw new IllegalArgumentException("--gateway-ports needs 3 ports (org1,org2,org3) but got " + gatewayPorts);
    }
    for (int port : gatewayPorts) {
      requirePort("--gateway-ports", port);
    }
    requirePositive("--max-message-count", maxMessageCount);
    requirePositive("--preferred-max-bytes", preferredMaxBytes);
    requirePositive("--orderer-queue-size", ordererQueueSize);
    requirePositive("--max-pending-requests", maxPendingRequests);
    requirePositive("--worker-threads", workerThreads);
    requirePositive("--max-body-bytes", maxBodyBytes);
    requirePositive("--batch-timeout", batchTimeout);
    requirePositive("--commit-timeout", commitTimeout);
    requirePositive("--sync-interval", syncInterval);
    requirePositive("--server-timeout", serverTimeout);
  }

  public HttpSettings httpSettings() {
    Map<String, Duration> latency = new LinkedHashMap<>();
    injectedLatency.forEach(entry -> latency.put(entry.getKey(), entry.getValue()));
    return new HttpSettings(maxBodyBytes, workerThreads, maxPendingRequests, overloadMode, serverTimeout, latency);
  }

  public QuarksSettings quarksSettings() {
    return new QuarksSettings(batchTimeout, maxMessageCount, preferredMaxBytes, commitTimeout, ordererQueueSize,
        syncInterval, validationCost);
  }

  private void validateRole() {
    requirePort("--port", port);
    if (role == NodeRole.ALL || role == NodeRole.ORDERER) {
      return;
    }
    if (org == null || org.isEmpty()) {
      throw new IllegalArgumentException("--role " + role.name().toLowerCase(java.util.Locale.ROOT)
          + " needs --org, one of org1, org2, org3");
    }
    if (ordererUrl == null) {
      throw new IllegalArgumentException("--role " + role.name().toLowerCase(java.util.Locale.ROOT)
          + " needs --orderer-url, such as http://127.0.0.1:7050");
    }
    if (role == NodeRole.GATEWAY && (peerUrl == null || peerUrls.isEmpty())) {
      throw new IllegalArgumentException("--role gateway needs --peer-url (its own peer) and --peer-urls (every peer)");
    }
  }

  private static void requirePort(String option, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(option + " " + port + " is not a port; use 1..65535, or 0 for a free port");
    }
  }

  private static void requirePositive(String option, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(option + " must be at least 1 but was " + value);
    }
  }

  private static void requirePositive(String option, Duration value) {
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(option + " must be longer than 0 but was " + value);
    }
  }

  /** Converts {@code 500ms}, {@code 2s}, {@code 1h30m}. */
  public static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return DurationParser.parse(value);
    }
  }

  /** Converts {@code all}, {@code orderer}, {@code peer} or {@code gateway}. */
  public static final class RoleConverter implements ITypeConverter<NodeRole> {
    @Override
    public NodeRole convert(String value) {
      for (NodeRole role : NodeRole.values()) {
        if (role.name().equalsIgnoreCase(value)) {
          return role;
        }
      }
      throw new IllegalArgumentException("'" + value + "' is not a role; use all, orderer, peer or gateway");
    }
  }

  /** Converts {@code reject} or {@code close}. */
  public static final class OverloadModeConverter implements ITypeConverter<OverloadMode> {
    @Override
    public OverloadMode convert(String value) {
      for (OverloadMode mode : OverloadMode.values()) {
        if (mode.name().equalsIgnoreCase(value)) {
          return mode;
        }
      }
      throw new IllegalArgumentException("'" + value + "' is not an overload mode; use reject or close");
    }
  }

  /** Converts {@code readMessage=50ms}. */
  public static final class LatencyConverter implements ITypeConverter<Map.Entry<String, Duration>> {
    @Override
    public Map.Entry<String, Duration> convert(String value) {
      int equals = value.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException("'" + value + "' is not <endpoint>=<duration>; use e.g. readMessage=50ms");
      }
      String endpoint = value.substring(0, equals).trim();
      if (endpoint.startsWith("/")) {
        endpoint = endpoint.substring(1);
      }
      return Map.entry(endpoint, DurationParser.parse(value.substring(equals + 1)));
    }
  }
}
