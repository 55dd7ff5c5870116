package org.quarksbench.server.quarks.peer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.quarksbench.server.quarks.identity.Member;
import org.quarksbench.server.quarks.identity.MemberRegistry;
import org.quarksbench.server.quarks.ledger.Block;
import org.quarksbench.server.quarks.protocol.AuditReport;
import org.quarksbench.server.quarks.protocol.ChannelState;
import org.quarksbench.server.quarks.protocol.CommitEvent;
import org.quarksbench.server.quarks.protocol.PeerRegistration;
import org.quarksbench.server.quarks.protocol.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One organisation's peer: holds a ledger of every channel its organisation belongs to, commits the blocks
 * the orderer pushes ({@code POST /deliver}) or that it fetches itself when it lags, answers queries from
 * its committed state and tells its gateway about each commit. Its state survives a restart with the same
 * data directory.
 */
public final class PeerNode implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PeerNode.class);
  private static final int BLOCKS_PER_FETCH = 100;

  private final String org;
  private final String name;
  private final String ordererUrl;
  private final Map<String, ChannelLedger> ledgers = new LinkedHashMap<>();
  private final MemberRegistry members;
  private final SubscriberList subscribers;
  private final JsonClient client = new JsonClient(Duration.ofSeconds(30), 64);
  private final ScheduledExecutorService syncExecutor;
  private final AtomicBoolean syncRequested = new AtomicBoolean();
  private final AtomicLong syncFailures = new AtomicLong();
  private final AtomicLong eventFailures = new AtomicLong();
  private final JsonHttpServer http;

  private PeerNode(String org, String ordererUrl, MemberRegistry members, SubscriberList subscribers,
      JsonHttpServer http) {
    this.org = org;
    this.name = "peer-" + org;
    this.ordererUrl = ordererUrl;
    this.members = members;
    this.subscribers = subscribers;
    this.http = http;
    this.syncExecutor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, name + "-sync");
      thread.setDaemon(true);
      return thread;
    });
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
    JsonHttpServer http = new JsonHttpServer("peer-" + org, host, port, httpSettings);
    PeerNode node = new PeerNode(org, ordererUrl, members, subscribers, http);
    try {
      for (ChannelConfig channel : channels) {
        if (channel.orgs().contains(org)) {
          node.ledgers.put(channel.name(),
              ChannelLedger.open(channel, dataDir.resolve(channel.name() + ".blocks"), members));
        }
      }
      http.route("POST", "/deliver", node::deliver);
      http.route("POST", "/members", node::addMember);
      http.route("POST", "/subscribe", node::subscribe);
      http.route("GET", "/query", node::query);
      http.route("GET", "/blocks", node::blocks);
      http.route("GET", "/audit", (request, responder) -> responder.sendJson(200, node.audit()));
      http.start();
    } catch (IOException | RuntimeException e) {
      node.close();
      throw e;
    }
    long intervalMillis = settings.syncInterval().toMillis();
    node.syncExecutor.scheduleWithFixedDelay(node::syncSafely, 0, intervalMillis, TimeUnit.MILLISECONDS);
    return node;
  }

  private void deliver(Request request, Responder responder) throws IOException {
    Block block = Json.parseBody(request.body(), Block.class);
    ChannelLedger ledger = ledger(block.channel());
    CommitResult result = ledger.commit(block);
    switch (result.status()) {
      case COMMITTED -> {
        publish(block, result);
        responder.sendJson(200, Map.of("status", "committed", "height", ledger.height()));
      }
      case ALREADY_COMMITTED -> responder.sendJson(200, Map.of("status", "already_committed"));
      case GAP -> {
        requestSync();
        responder.sendJson(202, Map.of("status", "fetching_missing_blocks", "height", ledger.height()));
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
    if (subscribers.add(subscription.url())) {
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
    long limit = Math.max(0, Math.min(BLOCKS_PER_FETCH, query.longValue("limit", BLOCKS_PER_FETCH)));
    responder.sendJson(200, ledger.blocks(from, (int) limit));
  }

  private ChannelLedger ledger(String channel) {
    ChannelLedger ledger = ledgers.get(channel);
    if (ledger == null) {
      throw ApiException.forbidden("not_member", name + " holds no ledger of channel '" + channel
          + "'; its channels are " + ledgers.keySet() + ".");
    }
    return ledger;
  }

  /** Returns the height and head hash of every channel this peer holds. */
  public AuditReport audit() {
    Map<String, ChannelState> states = new LinkedHashMap<>();
    ledgers.forEach((channel, ledger) -> states.put(channel, ledger.state()));
    return new AuditReport(name, states);
  }

  private void publish(Block block, CommitResult result) {
    CommitEvent event = new CommitEvent(block.channel(), block.number(), result.outcomes());
    for (String url : subscribers.urls()) {
      client.postAsync(url + "/commits", event, (reply, failure) -> {
        if (failure != null || !reply.isSuccessful()) {
          long failures = eventFailures.incrementAndGet();
          // NOTE: a lost event is not resent; the gateway's waiting senders then time out with 504.
          if (failures % 100 == 1) {
            log.warn("{}: failed to send the commit of block {} of {} to {} ({} failures so far): {}", name,
                block.number(), block.channel(), url, failures,
                failure != null ? failure.toString() : "HTTP " + reply.status());
          }
        }
      });
    }
  }

  private void requestSync() {
    if (syncRequested.compareAndSet(false, true)) {
      syncExecutor.execute(this::syncSafely);
    }
  }

  private void syncSafely() {
    syncRequested.set(false);
    try {
      syncWithOrderer();
      if (syncFailures.getAndSet(0) > 0) {
        log.info("{}: reached the orderer at {} again", name, ordererUrl);
      }
    } catch (IOException | RuntimeException e) {
      if (syncFailures.incrementAndGet() == 1) {
        log.warn("{}: cannot fetch blocks from the orderer at {}; retrying every sync interval: {}",
            name, ordererUrl, e.toString());
      }
    }
  }

  private void syncWithOrderer() throws IOException {
    JsonClient.Reply reply = client.post(ordererUrl + "/register", new PeerRegistration(org, http.url()));
    if (!reply.isSuccessful()) {
      throw new IOException("the orderer answered HTTP " + reply.status() + " to the registration");
    }
    AuditReport ordererState = reply.bodyAs(AuditReport.class);
    for (Map.Entry<String, ChannelLedger> entry : ledgers.entrySet()) {
      ChannelState state = ordererState.channels().get(entry.getKey());
      if (state != null) {
        catchUp(entry.getKey(), entry.getValue(), state.height());
      }
    }
  }

  private void catchUp(String channel, ChannelLedger ledger, long targetHeight) throws IOException {
    while (ledger.height() < targetHeight) {
      long from = ledger.height();
      JsonClient.Reply reply = client.get(ordererUrl + "/blocks?channel=" + channel + "&from=" + from
          + "&limit=" + BLOCKS_PER_FETCH);
      if (!reply.isSuccessful()) {
        throw new IOException("the orderer answered HTTP " + reply.status() + " to a block fetch of " + channel);
      }
      Block[] blocks = reply.bodyAs(Block[].class);
      if (blocks.length == 0) {
        return;
      }
      for (Block block : blocks) {
        CommitResult result = ledger.commit(block);
        if (result.status() == CommitResult.Status.COMMITTED) {
          publish(block, result);
        } else if (result.status() == CommitResult.Status.REJECTED) {
          throw new IOException("block " + block.number() + " of " + channel + " from the orderer was rejected: "
              + result.detail());
        }
      }
      log.debug("{}: caught up on {} to height {}", name, channel, ledger.height());
    }
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
    syncExecutor.shutdownNow();
    http.close();
    try {
      syncExecutor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
