package org.quarksbench.server.quarks.peer;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.quarksbench.server.http.JsonClient;
import org.quarksbench.server.quarks.ledger.Block;
import org.quarksbench.server.quarks.protocol.CommitEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends a peer's commit events to its subscribed gateways, without waiting for them. Thread-safe. */
final class CommitPublisher {
  private static final Logger log = LoggerFactory.getLogger(CommitPublisher.class);

  private final String peerName;
  private final SubscriberList subscribers;
  private final JsonClient client;
  private final AtomicLong failures = new AtomicLong();

  CommitPublisher(String peerName, SubscriberList subscribers, JsonClient client) {
    this.peerName = peerName;
    this.subscribers = subscribers;
    this.client = client;
  }

  /** Adds a subscriber; returns false if {@code url} was already subscribed. */
  boolean subscribe(String url) throws IOException {
    return subscribers.add(url);
  }

  /** Sends the outcomes of the committed {@code block} to every subscriber. */
  void publish(Block block, CommitResult result) {
    CommitEvent event = new CommitEvent(block.channel(), block.number(), result.outcomes());
    for (String url : subscribers.urls()) {
      client.postAsync(url + "/commits", event, (reply, failure) -> {
        if (failure != null || !reply.isSuccessful()) {
          long count = failures.incrementAndGet();
          // NOTE: a lost event is not resent; the gateway's waiting senders then time out with 504.
          if (count % 100 == 1) {
            log.warn("{}: failed to send the commit of block {} of {} to {} ({} failures so far): {}", peerName,
                block.number(), block.channel(), url, count,
                failure != null ? failure.toString() : "HTTP " + reply.status());
          }
        }
      });
    }
  }
}
