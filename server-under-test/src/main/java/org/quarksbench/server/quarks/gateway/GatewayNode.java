package org.quarksbench.server.quarks.gateway;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.quarksbench.server.http.ApiException;
import org.quarksbench.server.http.HttpSettings;
import org.quarksbench.server.http.JsonClient;
import org.quarksbench.server.http.JsonHttpServer;
import org.quarksbench.server.http.OverloadMode;
import org.quarksbench.server.quarks.ChannelConfig;
import org.quarksbench.server.quarks.QuarksSettings;
import org.quarksbench.server.quarks.identity.Wallet;
import org.quarksbench.server.quarks.protocol.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One organisation's API gateway, the node that clients call: {@code POST /sendMessage},
 * {@code GET /readMessage} (JSON body) and {@code POST /enroll}. It keeps the wallet of its organisation's
 * users, signs for them, submits to the orderer, and responds to a send when its own peer reports the commit
 * ({@code POST /commits}, to which it subscribes at start and again every sync interval).
 */
public final class GatewayNode implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(GatewayNode.class);
  private static final Duration STARTUP_ENROLMENT_TIMEOUT = Duration.ofSeconds(60);

  private final String org;
  private final String peerUrl;
  /** Client for idempotent calls: queries, enrolment and subscriptions. */
  private final JsonClient client = new JsonClient(Duration.ofSeconds(30), 256, true);
  /**
   * Client for broadcasts, which are not idempotent: a retried broadcast could put a transaction on the
   * chain twice.
   *
   * <p>NOTE: so the first broadcast over a connection that a restarted orderer closed fails with 503.
   */
  private final JsonClient broadcastClient = new JsonClient(Duration.ofSeconds(30), 256, false);
  /** Runs the commit timeouts and the subscription renewals. */
  private final ScheduledExecutorService timer;
  private final AtomicLong subscribeFailures = new AtomicLong();
  private final JsonHttpServer http;
  private final PendingCommits pendingCommits;
  private volatile boolean closing;

  private GatewayNode(String org, String peerUrl, JsonHttpServer http, QuarksSettings settings,
      HttpSettings httpSettings) {
    this.org = org;
    this.peerUrl = peerUrl;
    this.http = http;
    this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "gateway-" + org + "-timer");
      thread.setDaemon(true);
      return thread;
    });
    // In close mode a waiting send ends as a Node.js request did: its connection closes at the server timeout.
    this.pendingCommits = httpSettings.overloadMode() == OverloadMode.CLOSE
        ? new PendingCommits(timer, httpSettings.serverTimeout(), OverloadMode.CLOSE)
        : new PendingCommits(timer, settings.commitTimeout(), OverloadMode.REJECT);
  }

  /**
   * Starts the gateway of {@code org}: opens its wallet under {@code dataDir}, enrolls {@code defaultUsers}
   * at every peer in {@code allPeerUrls} (retrying for up to a minute while peers start), subscribes to the
   * commit events of {@code peerUrl} and starts serving.
   */
  public static GatewayNode start(String org, String host, int port, Path dataDir, String ordererUrl,
      String peerUrl, List<String> allPeerUrls, List<String> defaultUsers, List<ChannelConfig> channels,
      QuarksSettings settings, HttpSettings httpSettings) throws IOException {
    Wallet wallet = Wallet.open(dataDir.resolve("wallet.json"));
    Map<String, ChannelConfig> channelsByName = new LinkedHashMap<>();
    channels.forEach(channel -> channelsByName.put(channel.name(), channel));
    JsonHttpServer http = new JsonHttpServer("gateway-" + org, host, port, httpSettings);
    GatewayNode node = new GatewayNode(org, peerUrl, http, settings, httpSettings);
    try {
      AccessCheck accessCheck = new AccessCheck(org, wallet, channelsByName);
      Enrollment enrollment = new Enrollment(org, wallet, allPeerUrls, node.client);
      http.route("POST", "/sendMessage",
          new SendMessageHandler(org, accessCheck, node.pendingCommits, node.broadcastClient, ordererUrl));
      http.route("GET", "/readMessage", new ReadMessageHandler(accessCheck, node.client, peerUrl));
      http.route("POST", "/enroll", new EnrollHandler(enrollment));
      http.internalRoute("POST", "/commits", new CommitEventHandler(node.pendingCommits));
      http.start();
      enrollDefaultUsers(enrollment, defaultUsers);
      node.subscribe();
    } catch (IOException | RuntimeException e) {
      node.close();
      throw e;
    }
    long intervalMillis = settings.syncInterval().toMillis();
    node.timer.scheduleWithFixedDelay(node::subscribeSafely, intervalMillis, intervalMillis,
        TimeUnit.MILLISECONDS);
    return node;
  }

  private static void enrollDefaultUsers(Enrollment enrollment, List<String> users) throws IOException {
    long deadline = System.nanoTime() + STARTUP_ENROLMENT_TIMEOUT.toNanos();
    for (String user : users) {
      while (true) {
        try {
          enrollment.enroll(user);
          break;
        } catch (ApiException e) {
          if (e.status() != 503 || System.nanoTime() > deadline) {
            throw new IOException("cannot enroll default user '" + user + "': " + e.detail(), e);
          }
          sleepBeforeRetry();
        }
      }
    }
  }

  private static void sleepBeforeRetry() throws IOException {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the peers to start", e);
    }
  }

  private void subscribe() throws IOException {
    JsonClient.Reply reply = client.post(peerUrl + "/subscribe", new Subscription(http.url()));
    if (!reply.isSuccessful()) {
      throw new IOException("the peer at " + peerUrl + " responded with HTTP " + reply.status() + " to the subscription");
    }
  }

  private void subscribeSafely() {
    try {
      subscribe();
      if (subscribeFailures.getAndSet(0) > 0) {
        log.info("gateway-{}: subscribed to the peer at {} again", org, peerUrl);
      }
    } catch (IOException | RuntimeException e) {
      if (!closing && subscribeFailures.incrementAndGet() == 1) {
        log.warn("gateway-{}: cannot subscribe to the peer at {}; retrying every sync interval: {}",
            org, peerUrl, e.toString());
      }
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

  /** Sends that wait for their commit. */
  public int pendingSends() {
    return pendingCommits.size();
  }

  @Override
  public void close() {
    closing = true;
    timer.shutdownNow();
    http.close();
    client.close();
    broadcastClient.close();
  }

  @Override
  public String toString() {
    return "GatewayNode gateway-" + org + " at " + http;
  }
}
