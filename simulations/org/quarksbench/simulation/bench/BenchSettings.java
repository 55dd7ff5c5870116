package org.quarksbench.simulation.bench;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quarksbench.InvalidInputException;

/**
 * System properties of the benchmark simulations, read and checked before any load starts.
 *
 * <p>Every target must be a loopback address, because the benchmarks may only load servers that the
 * suite started on this machine.
 */
final class BenchSettings {
  private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
  private static final Pattern DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  private BenchSettings() {}

  /** Reads {@code name} as an http URL on a loopback host; there is no default. */
  static URI loopbackUrl(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(
          "missing system property '" + name + "': set it to a loopback URL such as -D" + name
              + "=http://127.0.0.1:8080/index.html");
    }
    URI uri;
    try {
      uri = new URI(value.trim());
    } catch (URISyntaxException e) {
      throw new InvalidInputException("invalid " + name + " '" + value + "': " + e.getReason(), e);
    }
    if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new InvalidInputException(
          "invalid " + name + " '" + value + "': expected an http URL such as http://127.0.0.1:8080/");
    }
    if (!LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException(
          "invalid " + name + " '" + value + "': the host must be 127.0.0.1, localhost or [::1],"
              + " because benchmarks only load servers on this machine");
    }
    return uri;
  }

  /** Reads {@code name} as a positive whole number, or returns {@code defaultValue} when it is unset. */
  static int positiveInt(String name, int defaultValue) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // Reported below with the same message as a value that is not positive.
    }
    throw new InvalidInputException(
        "invalid " + name + " '" + value + "': expected a whole number greater than 0, e.g. -D" + name
            + "=" + defaultValue);
  }

  /**
   * Reads {@code name} as a duration such as {@code 30s}, {@code 2m}, {@code 1h30m} or a plain number of
   * seconds, or returns {@code defaultValue} when it is unset.
   */
  static Duration duration(String name, Duration defaultValue) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    Duration parsed = parseDuration(value.trim());
    if (parsed == null || parsed.isZero()) {
      throw new InvalidInputException(
          "invalid " + name + " '" + value + "': expected a duration above zero such as 30s, 2m, 1h30m"
              + " or a number of seconds");
    }
    return parsed;
  }

  /** Reads {@code name} as an HTTP method name, {@code GET} when unset. */
  static String httpMethod(String name) {
    String value = System.getProperty(name, "GET").trim().toUpperCase(Locale.ROOT);
    if (!value.equals("GET") && !value.equals("POST")) {
      throw new InvalidInputException(
          "invalid " + name + " '" + System.getProperty(name) + "': expected GET or POST");
    }
    return value;
  }

  /** Reads {@code name} as free text, or returns null when it is unset or empty. */
  static String optionalText(String name) {
    String value = System.getProperty(name);
    return value == null || value.isEmpty() ? null : value;
  }

  static Duration parseDuration(String text) {
    if (text.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(text));
    }
    Matcher matcher = DURATION.matcher(text);
    if (text.isEmpty() || !matcher.matches()) {
      return null;
    }
    long hours = matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1));
    long minutes = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
    long seconds = matcher.group(3) == null ? 0 : Long.parseLong(matcher.group(3));
    return Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds);
  }

  /** Returns the request name shown in reports: the method and the path, as Locust names requests. */
  static String requestName(String method, URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    return method + " " + path;
  }
}
