package org.quarksbench.server.quarks;

import static org.quarksbench.server.quarks.QuarksTestSupport.sendBody;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.quarksbench.server.testing.TestClient;
import org.quarksbench.server.testing.TestClient.Reply;

/**
 * Clients that send messages in a loop until stopped or until each has sent {@code maxSendsPerClient}, and
 * record every acknowledged transaction and every failure.
 */
final class LoadDriver implements AutoCloseable {
  /** One sender: its gateway URL, user and channel. */
  record Sender(String gatewayUrl, String user, String channel) {}

  /** An acknowledged send. */
  record Acknowledged(String txId, String channel, String text, Sender sender) {}

  private final TestClient client = new TestClient();
  private final ExecutorService threads;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final AtomicInteger running = new AtomicInteger();

  LoadDriver(List<Sender> senders, int maxSendsPerClient) {
    threads = Executors.newFixedThreadPool(senders.size());
    for (int i = 0; i < senders.size(); i++) {
      Sender sender = senders.get(i);
      int clientNumber = i;
      running.incrementAndGet();
      threads.execute(() -> {
        try {
          for (int n = 0; n < maxSendsPerClient && !stopped.get(); n++) {
            send(sender, "client " + clientNumber + " message " + n);
          }
        } finally {
          running.decrementAndGet();
        }
      });
    }
  }

  private void send(Sender sender, String text) {
    try {
      Reply reply = client.post(sender.gatewayUrl() + "/sendMessage", sendBody(sender.user(), text, sender.channel()));
      if (reply.status() == 200) {
        acknowledged.add(new Acknowledged(reply.json().get("txId").asText(), sender.channel(), text, sender));
      } else {
        failures.computeIfAbsent(reply.status() + " " + reply.errorCode(), k -> new AtomicInteger()).incrementAndGet();
        pause();
      }
    } catch (Exception e) {
      failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  List<Acknowledged> acknowledged() {
    return List.copyOf(acknowledged);
  }

  /** Acknowledged sends through {@code gatewayUrl} so far. */
  long acknowledgedThrough(String gatewayUrl) {
    return acknowledged.stream().filter(ack -> ack.sender().gatewayUrl().equals(gatewayUrl)).count();
  }

  Map<String, AtomicInteger> failures() {
    return failures;
  }

  /** Waits until every client has finished its sends, for at most {@code timeoutSeconds}. */
  boolean awaitFinished(long timeoutSeconds) throws InterruptedException {
    threads.shutdown();
    return threads.awaitTermination(timeoutSeconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    stopped.set(true);
    threads.shutdown();
    if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
      threads.shutdownNow();
    }
  }
}
