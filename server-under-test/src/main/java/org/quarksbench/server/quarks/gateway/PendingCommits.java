package org.quarksbench.server.quarks.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.quarksbench.server.http.ApiException;
import org.quarksbench.server.http.OverloadMode;
import org.quarksbench.server.http.Responder;
import org.quarksbench.server.quarks.ledger.Transaction;
import org.quarksbench.server.quarks.protocol.CommitEvent;
import org.quarksbench.server.quarks.protocol.TxOutcome;

/**
 * The sends that wait for their transaction's commit on this gateway's peer, by transaction id. No thread
 * waits: a commit event or the timer responds to each one. Thread-safe.
 */
final class PendingCommits {
  private record Pending(Transaction transaction, Responder responder, ScheduledFuture<?> timeout) {}

  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer;
  private final Duration commitTimeout;
  private final OverloadMode overloadMode;

  /**
   * Creates the waiting list. After {@code commitTimeout}, a waiting send gets 504 in {@link OverloadMode#REJECT}
   * mode; in {@link OverloadMode#CLOSE} mode its connection closes without a response.
   */
  PendingCommits(ScheduledExecutorService timer, Duration commitTimeout, OverloadMode overloadMode) {
    this.timer = timer;
    this.commitTimeout = commitTimeout;
    this.overloadMode = overloadMode;
  }

  /** Starts waiting for {@code transaction}; call before it is submitted, so a fast commit is not missed. */
  void await(Transaction transaction, Responder responder) {
    ScheduledFuture<?> timeout = timer.schedule(() -> expire(transaction.txId()), commitTimeout.toMillis(),
        TimeUnit.MILLISECONDS);
    pending.put(transaction.txId(), new Pending(transaction, responder, timeout));
  }

  /** Stops waiting for {@code txId} and responds with {@code error}, for a transaction the orderer rejected. */
  void fail(String txId, ApiException error) {
    Pending removed = pending.remove(txId);
    if (removed != null) {
      removed.timeout().cancel(false);
      removed.responder().sendError(error);
    }
  }

  /** Responds to every waiting send whose transaction is in {@code event}. */
  void complete(CommitEvent event) {
    for (TxOutcome outcome : event.outcomes()) {
      Pending removed = pending.remove(outcome.txId());
      if (removed == null) {
        continue;
      }
      removed.timeout().cancel(false);
      Transaction transaction = removed.transaction();
      if (outcome.valid()) {
        removed.responder().sendJson(200, new SendResult(transaction.txId(), Long.toString(transaction.keyNanos()),
            transaction.channel(), transaction.user(), event.blockNumber()));
      } else {
        removed.responder().sendError(new ApiException(409, "transaction_invalid",
            "The peer marked transaction " + transaction.txId() + " invalid: " + outcome.reason() + "."));
      }
    }
  }

  private void expire(String txId) {
    Pending removed = pending.remove(txId);
    if (removed == null) {
      return;
    }
    if (overloadMode == OverloadMode.CLOSE) {
      removed.responder().abort();
      return;
    }
    removed.responder().sendError(new ApiException(504, "commit_timeout", "Transaction " + txId
        + " was not committed within " + commitTimeout.toMillis() + " ms; it may still commit later,"
        + " so read the channel before sending it again."));
  }

  int size() {
    return pending.size();
  }

  /** The response to a committed send. */
  record SendResult(String txId, String key, String channel, String user, long blockNumber) {}
}
