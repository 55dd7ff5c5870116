package org.quarksbench.simulation;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quarksbench.InvalidInputException;

/**
 * Parses durations written as Locust's {@code --run-time} accepts them: {@code 90} (seconds), {@code 90s},
 * {@code 5m}, {@code 2h}, {@code 1h30m}, {@code 3h30m10s}, plus a {@code ms} part for sub-second values
 * such as {@code 500ms} or {@code 1s500ms}.
 */
public final class DurationOption {
  private static final Pattern SECONDS_ONLY = Pattern.compile("\\d+");
  private static final Pattern PARTS =
      Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");

  private DurationOption() {}

  /**
   * Returns the duration that {@code value} denotes.
   *
   * @param option the option's name, used in the error message
   * @throws InvalidInputException if the value is not one of the accepted forms
   */
  public static Duration parse(String option, String value) {
    String trimmed = value.trim().toLowerCase(java.util.Locale.ROOT);
    if (SECONDS_ONLY.matcher(trimmed).matches()) {
      return Duration.ofSeconds(parseNumber(option, value, trimmed));
    }
    Matcher matcher = PARTS.matcher(trimmed);
    if (trimmed.isEmpty() || !matcher.matches()) {
      throw invalid(option, value);
    }
    Duration duration = Duration.ZERO;
    duration = duration.plusHours(parseGroup(option, value, matcher.group(1)));
    duration = duration.plusMinutes(parseGroup(option, value, matcher.group(2)));
    duration = duration.plusSeconds(parseGroup(option, value, matcher.group(3)));
    duration = duration.plusMillis(parseGroup(option, value, matcher.group(4)));
    return duration;
  }

  /** Formats a duration in the same forms, e.g. {@code 1h30m}, {@code 90s} as {@code 1m30s}, {@code 500ms}. */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    long hours = duration.toHours();
    int minutes = duration.toMinutesPart();
    int seconds = duration.toSecondsPart();
    int millis = duration.toMillisPart();
    if (hours > 0) text.append(hours).append('h');
    if (minutes > 0) text.append(minutes).append('m');
    if (seconds > 0) text.append(seconds).append('s');
    if (millis > 0) text.append(millis).append("ms");
    return text.toString();
  }

  private static long parseGroup(String option, String value, String group) {
    return group == null ? 0 : parseNumber(option, value, group);
  }

  private static long parseNumber(String option, String value, String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw invalid(option, value);
    }
  }

  private static InvalidInputException invalid(String option, String value) {
    return new InvalidInputException(
        "Invalid duration '" + value + "' for " + option
            + ": use seconds (90) or units h, m, s, ms combined in that order (90s, 5m, 1h30m, 500ms).");
  }
}
