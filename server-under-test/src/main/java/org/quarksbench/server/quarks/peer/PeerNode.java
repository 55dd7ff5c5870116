package org.quarksbench.server.quarks.peer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.quarksbench.server.quarks.identity.Member;
import org.quarksbench.server.quarks.identity.MemberRegistry;
import org.quarksbench.server.quarks.ledger.Block;
import org.quarksbench.server.quarks.protocol.AuditReport;
import org.quarksbench.server.quarks.protocol.ChannelState;
import org.quarksbench.server.quarks.protocol.PeerRegistration;
import org.quarksbench.server.quarks.protocol.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One organisation's peer: holds a ledger of every channel its organisation belongs to, commits the blocks
 * the orderer pushes ({@code POST /deliver}) or that it fetches itself when it lags, serves queries from
 * its committed state and notifies its gateway of each commit. Its state survives a restart with the same
 * data directory.
 */
public final class PeerNode implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PeerNode.class);

  private final String org;
  private final String name;
  private final Map<String, ChannelLedger> ledgers = new LinkedHashMap<>();
  private final MemberRegistry members;
  private final JsonClient client = new JsonClient(Duration.ofSeconds(30), 64, true);
  private final CommitPublisher publisher;
  private final JsonHttpServer http;
  private OrdererSync sync;

  private PeerNode(String org, MemberRegistry members, SubscriberList subscribers, JsonHttpServer http) {
    this.org = org;
    this.name = "peer-" + org;
    this.members = members;
    this.http = http;
    this.publisher = new CommitPublisher(name, subscribers, client);
  }

  /**
   * Opens the peer's ledgers under {@code dataDir}, starts serving and starts fetching missing blocks from
   * the orderer at {@code ordererUrl} every {@link QuarksSettings#syncInterval()}.
   */
  public static PeerNode start(String org, String host, int port, Path dataDir, String ordererUrl,
      List<ChannelConfig> channels, QuarksSettings settings, HttpSettings httpSettings) throws IOException {
    Files.createDirectories(dataDir);
    MemberRegistry members = MemberRegistry.open(dataDir.resolve("members.jsonl"));
    SubscriberList subscribers = SubscriberList.open(dataDir.resolve("subscribers.json"));
    OrdererKey ordererKey = OrdererKey.open(dataDir.resolve("orderer-public-key.txt"));
    JsonHttpServer http = new JsonHttpServer("peer-" + org, host, port, httpSettings);
    PeerNode node = new PeerNode(org, members, subscribers, http);
    try {
      for (ChannelConfig channel : channels) {
        if (channel.orgs().contains(org)) {
          node.ledgers.put(channel.name(),
              ChannelLedger.open(channel, dataDir.resolve(channel.name() + ".blocks"), members, ordererKey,
                  settings.validationCostPerTransaction()));
        }
      }
      http.route("POST", "/deliver", node::deliver);
      http.route("POST", "/members", node::addMember);
      http.route("POST", "/subscribe", node::subscribe);
      http.route("GET", "/query", node::query);
      http.route("GET", "/blocks", node::blocks);
      http.route("GET", "/audit", (request, responder) -> responder.sendJson(200, node.audit()));
      http.start();
      node.sync = new OrdererSync(node.name, new PeerRegistration(org, http.url()), ordererUrl, ordererKey,
          node.ledgers, node.client, node.publisher);
      node.sync.start(settings.syncInterval());
    } catch (IOException | RuntimeException e) {
      node.close();
      throw e;
    }
    return node;
  }

  private void deliver(Request request, Responder responder) throws IOException {
    Block block = Json.parseBody(request.body(), Block.class);
    ChannelLedger ledger = ledger(block.channel());
    CommitResult result = ledger.commit(block);
    switch (result.status()) {
      case COMMITTED -> {
        publisher.publish(block, result);
        responder.sendJson(200, Map.of("status", "committed", "height", ledger.height()));
      }
      case ALREADY_COMMITTED -> responder.sendJson(200, Map.of("status", "already_committed"));
      case GAP -> {
        sync.requestSync();
        responder.sendJson(202, Map.of("status", "fetching_missing_blocks", "height", ledger.height()));
      }
      case UNVERIFIED -> {
        sync.requestSync();
        throw new ApiException(503, "not_ready", name + " does not know the orderer's key yet; it fetches"
            + " the block itself once it does.");
      }
      case REJECTED -> {
        log.warn("{}: rejected block {} of {}: {}", name, block.number(), block.channel(), result.detail());
        throw new ApiException(409, "block_rejected", result.detail());
      }
    }
  }

  private void addMember(Request request, Responder responder) throws IOException {
    Member member = Json.parseBody(request.body(), Member.class);
    if (member.user() == null || member.org() == null || member.publicKey() == null) {
      throw ApiException.badRequest("The member needs 'user', 'org' and 'publicKey'.");
    }
    try {
      members.add(member);
    } catch (IllegalArgumentException e) {
      throw new ApiException(409, "member_conflict", e.getMessage());
    }
    responder.sendJson(200, member);
  }

  private void subscribe(Request request, Responder responder) throws IOException {
    Subscription subscription = Json.parseBody(request.body(), Subscription.class);
    if (subscription.url() == null || subscription.url().isEmpty()) {
      throw ApiException.badRequest("The subscription needs a 'url'.");
    }
    if (publisher.subscribe(subscription.url())) {
      log.info("{}: {} subscribed to commit events", name, subscription.url());
    }
    responder.sendJson(200, audit());
  }

  private void query(Request request, Responder responder) {
    QueryParameters query = QueryParameters.parse(request.query());
    ChannelLedger ledger = ledger(query.required("channel"));
    responder.sendJson(200, ledger.messagesFrom(query.longValue("from", 0)));
  }

  private void blocks(Request request, Responder responder) {
    QueryParameters query = QueryParameters.parse(request.query());
    ChannelLedger ledger = ledger(query.required("channel"));
    long from = query.longValue("from", 0);
    long limit = Math.max(0, Math.min(OrdererSync.BLOCKS_PER_FETCH,
        query.longValue("limit", OrdererSync.BLOCKS_PER_FETCH)));
    responder.sendJson(200, ledger.blocks(from, (int) limit));
  }

  private ChannelLedger ledger(String channel) {
    ChannelLedger ledger = ledgers.get(channel);
    if (ledger == null) {
      throw ApiException.forbidden("not_member", name + " has no ledger of channel '" + channel
          + "'; its channels are " + ledgers.keySet() + ".");
    }
    return ledger;
  }

  /** Returns the height and head hash of every channel of this peer. */
  public AuditReport audit() {
    Map<String, ChannelState> states = new LinkedHashMap<>();
    ledgers.forEach((channel, ledger) -> states.put(channel, ledger.state()));
    return new AuditReport(name, states);
  }

  public String url() {
    return http.url();
  }

  public String org() {
    return org;
  }

  public JsonHttpServer http() {
    return http;
  }

  @Override
  public void close() {
    if (sync != null) {
      sync.close();
    }
    http.close();
    for (ChannelLedger ledger : ledgers.values()) {
      try {
        ledger.close();
      } catch (IOException e) {
        log.warn("{}: failed to close a ledger file", name, e);
      }
    }
    client.close();
  }

  @Override
  public String toString() {
    return "PeerNode " + name + " at " + http;
  }
}
