package org.quarksbench.server;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations written as {@code 500ms}, {@code 2s}, {@code 5m}, {@code 1h30m}. */
public final class DurationParser {
  private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h)");
  private static final Pattern WHOLE = Pattern.compile("(?:\\d{1,9}(?:ms|s|m|h))+");

  private DurationParser() {}

  /** Returns the duration, or throws IllegalArgumentException naming the value and the valid forms. */
  public static Duration parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (!WHOLE.matcher(trimmed).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a duration; use a number with a unit such as"
          + " 500ms, 2s, 5m or 1h30m");
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(trimmed);
    while (part.find()) {
      long amount = Long.parseLong(part.group(1));
      total = total.plus(switch (part.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofHours(amount);
      });
    }
    return total;
  }
}
