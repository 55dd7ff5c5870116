package org.quarksbench.server.quarks.peer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.quarksbench.server.quarks.protocol.MessageView;

/**
 * The valid messages of one channel ordered by key, so a read by key range needs no scan of the chain. Two
 * messages with the same nanosecond key are ordered by transaction id. Thread-safe.
 */
final class MessageIndex {
  private record IndexKey(long keyNanos, String txId) {}

  private static final Comparator<IndexKey> ORDER =
      Comparator.comparingLong(IndexKey::keyNanos).thenComparing(IndexKey::txId);

  private final NavigableMap<IndexKey, MessageView> messages = new ConcurrentSkipListMap<>(ORDER);
  private final Set<String> txIds = ConcurrentHashMap.newKeySet();

  boolean containsTxId(String txId) {
    return txIds.contains(txId);
  }

  void add(long keyNanos, MessageView message) {
    txIds.add(message.txId());
    messages.put(new IndexKey(keyNanos, message.txId()), message);
  }

  /** Returns the messages whose key is at or after {@code fromNanos}, in key order. */
  List<MessageView> from(long fromNanos) {
    return new ArrayList<>(messages.tailMap(new IndexKey(fromNanos, ""), true).values());
  }

  int size() {
    return messages.size();
  }
}
