package org.quarksbench.server.quarks.orderer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.quarksbench.server.http.ApiException;
import org.quarksbench.server.http.HttpSettings;
import org.quarksbench.server.http.Json;
import org.quarksbench.server.http.JsonClient;
import org.quarksbench.server.http.JsonHttpServer;
import org.quarksbench.server.http.QueryParameters;
import org.quarksbench.server.http.Request;
import org.quarksbench.server.http.Responder;
import org.quarksbench.server.quarks.ChannelConfig;
import org.quarksbench.server.quarks.QuarksSettings;
import org.quarksbench.server.quarks.identity.NodeKeys;
import org.quarksbench.server.quarks.identity.Signatures;
import org.quarksbench.server.quarks.ledger.Block;
import org.quarksbench.server.quarks.ledger.Transaction;
import org.quarksbench.server.quarks.protocol.AuditReport;
import org.quarksbench.server.quarks.protocol.ChannelState;
import org.quarksbench.server.quarks.protocol.PeerRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ordering service: accepts signed transactions ({@code POST /broadcast}), cuts them into blocks per
 * channel, writes each block durably and pushes it to the registered peers of the channel's organisations.
 * Peers register ({@code POST /register}), fetch blocks they lack ({@code GET /blocks}) and learn the key
 * that signs every block ({@code GET /identity}). Its chains and key survive a restart with the same data
 * directory.
 */
public final class OrdererNode implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OrdererNode.class);
  private static final int MAX_BLOCKS_PER_FETCH = 100;
  /**
   * Block pushes queued or running at once. Past it a push is skipped, because a slow peer would
   * otherwise grow the HTTP client's queue without bound. The peer then fetches the block itself.
   */
  private static final int MAX_PUSHES_IN_FLIGHT = 256;

  private final Map<String, ChannelConfig> channels = new LinkedHashMap<>();
  private final Map<String, ChannelOrderer> orderers = new LinkedHashMap<>();
  /** Peer URL to its organisation. */
  private final Map<String, String> peers = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> deliveryFailures = new ConcurrentHashMap<>();
  private final AtomicLong acceptedTransactions = new AtomicLong();
  private final AtomicLong skippedPushes = new AtomicLong();
  private final ScheduledExecutorService batchTimers;
  private final JsonClient client;
  private final JsonHttpServer http;
  /** Signs every block, so that peers accept blocks from this orderer only. */
  private KeyPair keyPair;

  private OrdererNode(List<ChannelConfig> channelConfigs, JsonHttpServer http) {
    channelConfigs.forEach(config -> channels.put(config.name(), config));
    this.http = http;
    this.client = new JsonClient(Duration.ofSeconds(30), 64, true);
    this.batchTimers = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "orderer-batch-timer");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Opens the channels' block files under {@code dataDir} and starts serving on {@code host:port}. */
  public static OrdererNode start(String host, int port, Path dataDir, List<ChannelConfig> channelConfigs,
      QuarksSettings settings, HttpSettings httpSettings) throws IOException {
    JsonHttpServer http = new JsonHttpServer("orderer", host, port, httpSettings);
    OrdererNode node = new OrdererNode(channelConfigs, http);
    try {
      node.keyPair = NodeKeys.loadOrCreate(dataDir.resolve("orderer-key.json"));
      for (ChannelConfig config : channelConfigs) {
        node.orderers.put(config.name(), new ChannelOrderer(config.name(), dataDir.resolve(config.name() + ".blocks"),
            settings.maxMessageCount(), settings.preferredMaxBytes(), settings.batchTimeout(),
            settings.ordererQueueSize(), node.batchTimers, node::sign, node::deliver));
      }
      http.route("POST", "/broadcast", node::broadcast);
      http.route("POST", "/register", node::register);
      http.route("GET", "/blocks", node::blocks);
      http.route("GET", "/audit", (request, responder) -> responder.sendJson(200, node.audit()));
      http.route("GET", "/identity", (request, responder) -> responder.sendJson(200,
          Map.of("publicKey", Signatures.encodePublicKey(node.keyPair.getPublic()))));
      http.start();
    } catch (IOException | RuntimeException e) {
      node.close();
      throw e;
    }
    return node;
  }

  private void broadcast(Request request, Responder responder) {
    Transaction transaction = Json.parseBody(request.body(), Transaction.class);
    requireFields(transaction);
    ChannelOrderer orderer = orderers.get(transaction.channel());
    if (orderer == null) {
      throw ApiException.badRequest("Unknown channel '" + transaction.channel() + "'; the channels are "
          + channels.keySet() + ".");
    }
    orderer.submit(transaction);
    acceptedTransactions.incrementAndGet();
    responder.sendJson(200, Map.of("status", "accepted", "txId", transaction.txId()));
  }

  private static void requireFields(Transaction transaction) {
    if (transaction.txId() == null || transaction.channel() == null || transaction.user() == null
        || transaction.org() == null || transaction.text() == null || transaction.signature() == null) {
      throw ApiException.badRequest("The transaction lacks one of txId, channel, user, org, text, signature.");
    }
  }

  private void register(Request request, Responder responder) {
    PeerRegistration registration = Json.parseBody(request.body(), PeerRegistration.class);
    if (registration.org() == null || registration.url() == null) {
      throw ApiException.badRequest("The registration needs 'org' and 'url'.");
    }
    if (peers.put(registration.url(), registration.org()) == null) {
      log.info("orderer: peer of {} at {} registered for blocks", registration.org(), registration.url());
    }
    responder.sendJson(200, audit());
  }

  private void blocks(Request request, Responder responder) {
    QueryParameters query = QueryParameters.parse(request.query());
    String channel = query.required("channel");
    ChannelOrderer orderer = orderers.get(channel);
    if (orderer == null) {
      throw ApiException.badRequest("Unknown channel '" + channel + "'; the channels are " + channels.keySet() + ".");
    }
    long from = query.longValue("from", 0);
    long limit = Math.min(MAX_BLOCKS_PER_FETCH, query.longValue("limit", MAX_BLOCKS_PER_FETCH));
    responder.sendJson(200, orderer.blocks(from, (int) Math.max(limit, 0)));
  }

  /** Returns the height and head hash of every channel. */
  public AuditReport audit() {
    Map<String, ChannelState> states = new LinkedHashMap<>();
    orderers.forEach((name, orderer) -> states.put(name, new ChannelState(orderer.height(), orderer.headHash())));
    return new AuditReport("orderer", states);
  }

  private Block sign(Block block) {
    return block.withOrdererSignature(
        Signatures.sign(keyPair.getPrivate(), block.hash().getBytes(StandardCharsets.UTF_8)));
  }

  private void deliver(Block block) {
    ChannelConfig config = channels.get(block.channel());
    peers.forEach((url, org) -> {
      if (!config.orgs().contains(org)) {
        return;
      }
      if (client.callsInFlight() >= MAX_PUSHES_IN_FLIGHT) {
        long skipped = skippedPushes.incrementAndGet();
        if (skipped % 100 == 1) {
          log.warn("orderer: {} block pushes in flight, so block {} of {} is not pushed to {}; it fetches the"
              + " block itself ({} skipped so far)", MAX_PUSHES_IN_FLIGHT, block.number(), block.channel(), url, skipped);
        }
        return;
      }
      client.postAsync(url + "/deliver", block, (reply, failure) -> {
        if (failure != null || !reply.isSuccessful()) {
          long failures = deliveryFailures.computeIfAbsent(url, u -> new AtomicLong()).incrementAndGet();
          // The peer fetches missed blocks itself, so a failed push only delays it; log 1 in 100.
          if (failures % 100 == 1) {
            log.warn("orderer: failed to push block {} of {} to peer {} ({} failures so far): {}", block.number(),
                block.channel(), url, failures, failure != null ? failure.toString() : "HTTP " + reply.status());
          }
        }
      });
    });
  }

  /** Transactions accepted since this node started. */
  public long acceptedTransactions() {
    return acceptedTransactions.get();
  }

  public String url() {
    return http.url();
  }

  public JsonHttpServer http() {
    return http;
  }

  @Override
  public void close() {
    http.close();
    batchTimers.shutdownNow();
    for (ChannelOrderer orderer : orderers.values()) {
      try {
        orderer.close();
      } catch (IOException e) {
        log.warn("orderer: failed to close a block file", e);
      }
    }
    client.close();
  }

  @Override
  public String toString() {
    return "OrdererNode at " + http;
  }
}
