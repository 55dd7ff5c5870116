package org.quarksbench.server.quarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarksbench.server.http.HttpSettings;
import org.quarksbench.server.quarks.gateway.GatewayNode;
import org.quarksbench.server.quarks.orderer.OrdererNode;
import org.quarksbench.server.quarks.peer.PeerNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole quarks network in one JVM: an orderer, and per organisation a peer and a gateway. The nodes
 * still talk only over HTTP on loopback, exactly as separate processes do. Internal nodes bind ephemeral
 * ports; a stopped node restarts on its former port with its former data.
 */
public final class QuarksNetwork implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(QuarksNetwork.class);

  private final String host;
  private final Path dataDir;
  private final List<ChannelConfig> channels;
  private final QuarksSettings settings;
  private final HttpSettings httpSettings;
  private final List<Organization> orgs;
  private OrdererNode orderer;
  private int ordererPort;
  private final Map<String, PeerNode> peers = new LinkedHashMap<>();
  private final Map<String, Integer> peerPorts = new LinkedHashMap<>();
  private final Map<String, GatewayNode> gateways = new LinkedHashMap<>();
  private final Map<String, Integer> gatewayPorts = new LinkedHashMap<>();

  private QuarksNetwork(String host, Path dataDir, List<Organization> orgs, List<ChannelConfig> channels,
      QuarksSettings settings, HttpSettings httpSettings) {
    this.host = host;
    this.dataDir = dataDir;
    this.orgs = List.copyOf(orgs);
    this.channels = List.copyOf(channels);
    this.settings = settings;
    this.httpSettings = httpSettings;
  }

  /**
   * Starts the researchers' network (three organisations, their channels) with gateway {@code i} on
   * {@code gatewayPorts.get(i)} (0 for an ephemeral port) and its state under {@code dataDir}.
   */
  public static QuarksNetwork start(String host, List<Integer> gatewayPorts, Path dataDir, QuarksSettings settings,
      HttpSettings httpSettings) throws IOException {
    return start(host, gatewayPorts, dataDir, Organization.defaults(), ChannelConfig.defaults(), settings,
        httpSettings);
  }

  public static QuarksNetwork start(String host, List<Integer> gatewayPorts, Path dataDir, List<Organization> orgs,
      List<ChannelConfig> channels, QuarksSettings settings, HttpSettings httpSettings) throws IOException {
    if (gatewayPorts.size() != orgs.size()) {
      throw new IllegalArgumentException("need one gateway port per organisation (" + orgs.size()
          + ") but got " + gatewayPorts);
    }
    QuarksNetwork network = new QuarksNetwork(host, dataDir, orgs, channels, settings, httpSettings);
    try {
      network.startOrderer(0);
      for (Organization org : orgs) {
        network.startPeer(org.name(), 0);
      }
      for (int i = 0; i < orgs.size(); i++) {
        network.startGateway(orgs.get(i), gatewayPorts.get(i));
      }
    } catch (IOException | RuntimeException e) {
      network.close();
      throw e;
    }
    return network;
  }

  private void startOrderer(int port) throws IOException {
    orderer = OrdererNode.start(host, port, dataDir.resolve("orderer"), channels, settings, httpSettings);
    ordererPort = orderer.http().port();
  }

  private void startPeer(String org, int port) throws IOException {
    PeerNode peer = PeerNode.start(org, host, port, dataDir.resolve("peer-" + org), orderer.url(), channels,
        settings, httpSettings);
    peers.put(org, peer);
    peerPorts.put(org, peer.http().port());
  }

  private void startGateway(Organization org, int port) throws IOException {
    List<String> peerUrls = peerPorts.values().stream().map(peerPort -> "http://" + host + ":" + peerPort).toList();
    GatewayNode gateway = GatewayNode.start(org.name(), host, port, dataDir.resolve("gateway-" + org.name()),
        orderer.url(), "http://" + host + ":" + peerPorts.get(org.name()), peerUrls, List.of(org.defaultUser()),
        channels, settings, httpSettings);
    gateways.put(org.name(), gateway);
    gatewayPorts.put(org.name(), gateway.http().port());
  }

  /** Stops the gateway of {@code org}; its clients get connection errors until restart. */
  public synchronized void stopGateway(String org) {
    GatewayNode gateway = gateways.remove(requireOrg(org));
    if (gateway != null) {
      log.info("stopping the gateway of {} at {}", org, gateway.url());
      gateway.close();
    }
  }

  /** Starts the stopped gateway of {@code org} again on its former port with its former wallet. */
  public synchronized void restartGateway(String org) throws IOException {
    if (gateways.containsKey(requireOrg(org))) {
      throw new IllegalStateException("the gateway of " + org + " is running; stop it first");
    }
    Organization organization = orgs.stream().filter(candidate -> candidate.name().equals(org)).findFirst()
        .orElseThrow();
    startGateway(organization, gatewayPorts.get(org));
  }

  /** Stops the peer of {@code org}; its gateway's sends then time out and its reads fail until restart. */
  public synchronized void stopPeer(String org) {
    PeerNode peer = peers.remove(requireOrg(org));
    if (peer != null) {
      log.info("stopping the peer of {} at {}", org, peer.url());
      peer.close();
    }
  }

  /** Starts the stopped peer of {@code org} again on its former port with its former ledgers. */
  public synchronized void restartPeer(String org) throws IOException {
    if (peers.containsKey(requireOrg(org))) {
      throw new IllegalStateException("the peer of " + org + " is running; stop it first");
    }
    startPeer(org, peerPorts.get(org));
  }

  public synchronized void stopOrderer() {
    if (orderer != null) {
      log.info("stopping the orderer at {}", orderer.url());
      orderer.close();
      orderer = null;
    }
  }

  public synchronized void restartOrderer() throws IOException {
    if (orderer != null) {
      throw new IllegalStateException("the orderer is running; stop it first");
    }
    startOrderer(ordererPort);
  }

  private String requireOrg(String org) {
    if (!peerPorts.containsKey(org)) {
      throw new IllegalArgumentException("unknown organisation '" + org + "'; the organisations are "
          + peerPorts.keySet());
    }
    return org;
  }

  public synchronized List<String> gatewayUrls() {
    return gateways.values().stream().map(GatewayNode::url).toList();
  }

  public synchronized GatewayNode gateway(String org) {
    return gateways.get(org);
  }

  public synchronized PeerNode peer(String org) {
    return peers.get(org);
  }

  /** URLs of the running peers, by organisation. */
  public synchronized Map<String, String> peerUrls() {
    Map<String, String> urls = new LinkedHashMap<>();
    peers.forEach((org, peer) -> urls.put(org, peer.url()));
    return urls;
  }

  public synchronized OrdererNode orderer() {
    return orderer;
  }

  public List<Organization> organizations() {
    return orgs;
  }

  @Override
  public synchronized void close() {
    List<AutoCloseable> nodes = new ArrayList<>(gateways.values());
    nodes.addAll(peers.values());
    if (orderer != null) {
      nodes.add(orderer);
    }
    for (AutoCloseable node : nodes) {
      try {
        node.close();
      } catch (Exception e) {
        log.warn("failed to stop {}", node, e);
      }
    }
    gateways.clear();
    peers.clear();
    orderer = null;
  }
}
