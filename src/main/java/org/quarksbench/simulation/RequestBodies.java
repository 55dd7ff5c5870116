package org.quarksbench.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The JSON bodies the researchers' locustfile sent, built fresh for every request.
 *
 * <p>Message texts read like {@code I am alice@org.com. current time is 2021-12-24 10:15:30.123456}, the
 * way Python prints {@code datetime.now()}.
 */
public final class RequestBodies {
  /** Accounts of the centralized server; all share {@link #CENTRALIZED_TOKEN}. */
  public static final List<String> CENTRALIZED_ACCOUNTS =
      List.of("alice@org.com", "bob@org.com", "charlie@org.com");
  public static final List<String> CENTRALIZED_CHANNELS = List.of("channel-123", "channel-23", "channel-1");
  /** Sent in the {@code token} request header of every centralized request. */
  public static final String CENTRALIZED_TOKEN = "qwerty12345";
  /** The quarks user, enrolled at org1, whose gateway the suite targets. */
  public static final String QUARKS_USER = "alice@org1.com";
  public static final String QUARKS_CHANNEL = "channel-123";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter PYTHON_DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  private RequestBodies() {}

  /** Returns a centralized {@code sendMessage} body from a random account to a random channel. */
  public static String centralizedSend() {
    String email = pick(CENTRALIZED_ACCOUNTS);
    return json(ordered("email", email, "text", messageText(email), "channel", pick(CENTRALIZED_CHANNELS)));
  }

  /** Returns a centralized {@code readMessage} body for a random account and channel. */
  public static String centralizedRead() {
    return json(ordered("email", pick(CENTRALIZED_ACCOUNTS), "channel", pick(CENTRALIZED_CHANNELS)));
  }

  /** Returns a quarks {@code sendMessage} body. */
  public static String quarksSend() {
    return json(ordered("user", QUARKS_USER, "text", messageText(QUARKS_USER), "channel", QUARKS_CHANNEL));
  }

  /** Returns a quarks {@code readMessage} body requesting the messages of the last {@code window}. */
  public static String quarksRead(Duration window) {
    Instant now = Instant.now();
    long nowNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    String fromTimestamp = Long.toString(nowNanos - window.toNanos());
    return json(ordered("user", QUARKS_USER, "channel", QUARKS_CHANNEL, "from_timestamp", fromTimestamp));
  }

  static String messageText(String sender) {
    return "I am " + sender + ". current time is " + LocalDateTime.now(ZoneId.systemDefault()).format(PYTHON_DATETIME);
  }

  private static String pick(List<String> values) {
    return values.get(ThreadLocalRandom.current().nextInt(values.size()));
  }

  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static String json(Map<String, String> fields) {
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialize a map of strings", e);
    }
  }
}
