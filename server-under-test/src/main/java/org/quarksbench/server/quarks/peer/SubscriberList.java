package org.quarksbench.server.quarks.peer;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.quarksbench.server.http.Json;

/**
 * The URLs that receive a peer's commit events, kept in a file so that a restarted peer notifies its
 * gateway of the blocks it commits while catching up, before the gateway renews its subscription.
 * Thread-safe.
 */
final class SubscriberList {
  private final Path file;
  private final Set<String> urls = new CopyOnWriteArraySet<>();

  private SubscriberList(Path file) {
    this.file = file;
  }

  static SubscriberList open(Path file) throws IOException {
    SubscriberList list = new SubscriberList(file);
    if (Files.exists(file)) {
      List<String> stored = Json.MAPPER.readValue(file.toFile(), new TypeReference<>() {});
      list.urls.addAll(stored);
    }
    return list;
  }

  /** Adds {@code url}; returns false if it was already subscribed. */
  synchronized boolean add(String url) throws IOException {
    if (!urls.add(url)) {
      return false;
    }
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(temporary, Json.toBytes(List.copyOf(urls)));
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return true;
  }

  Set<String> urls() {
    return urls;
  }
}
