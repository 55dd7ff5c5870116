package org.quarksbench.compare.input;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.quarksbench.InvalidInputException;

/** Kind of report that {@code compare} reads; {@code --format} names it when detection should be skipped. */
public enum InputFormat {
  /** quarks-bench's {@code summary.json}: one scenario object or an array of them. */
  JSON("json"),
  /** A Locust console table (ours or real Locust's, any era) possibly with log lines and prose around it. */
  TEXT("text"),
  /** Locust's stats CSV ({@code *_stats.csv} or the web UI's {@code requests_<ts>.csv}). */
  CSV("csv"),
  /** A Gatling results folder or {@code simulation.log}. */
  GATLING("gatling");

  private final String optionName;

  InputFormat(String optionName) {
    this.optionName = optionName;
  }

  /** Returns the value of {@code --format} that selects this kind. */
  public String optionName() {
    return optionName;
  }

  /** Parses a {@code --format} value; {@code auto} returns null, which means: detect the kind. */
  public static InputFormat parseOption(String value) {
    String requested = value.trim().toLowerCase(Locale.ROOT);
    if (requested.equals("auto")) {
      return null;
    }
    for (InputFormat format : values()) {
      if (format.optionName.equals(requested)) {
        return format;
      }
    }
    throw new InvalidInputException("invalid --format '" + value + "': use auto, "
        + Arrays.stream(values()).map(InputFormat::optionName).collect(Collectors.joining(", ")) + ".");
  }
}
