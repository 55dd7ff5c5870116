package org.quarksbench.bench.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resource use of one process tree as GNU {@code /usr/bin/time -v} writes it (version 1.9).
 *
 * <p>CPU times cover the process and every child it waited for. The maximum resident set size is that
 * of the largest single process in the tree, not a sum.
 */
public record TimeReport(double userSeconds, double systemSeconds, long maxResidentKilobytes, double elapsedSeconds) {
  private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([0-9.]+)");
  private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([0-9.]+)");
  private static final Pattern RESIDENT = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern ELAPSED =
      Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): ([0-9:.]+)");

  public double cpuSeconds() {
    return userSeconds + systemSeconds;
  }

  public static TimeReport read(Path file) throws IOException {
    return parse(Files.readString(file));
  }

  /** Parses the output of {@code /usr/bin/time -v}; throws IllegalArgumentException naming a missing field. */
  public static TimeReport parse(String text) {
    return new TimeReport(
        Double.parseDouble(find(USER, text, "User time")),
        Double.parseDouble(find(SYSTEM, text, "System time")),
        Long.parseLong(find(RESIDENT, text, "Maximum resident set size")),
        parseClock(find(ELAPSED, text, "Elapsed (wall clock) time")));
  }

  /** Converts {@code h:mm:ss} or {@code m:ss.ss} to seconds. */
  static double parseClock(String clock) {
    double seconds = 0;
    for (String part : clock.split(":")) {
      seconds = seconds * 60 + Double.parseDouble(part);
    }
    return seconds;
  }

  private static String find(Pattern pattern, String text, String field) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalArgumentException("missing '" + field + "' in /usr/bin/time -v output");
    }
    return matcher.group(1);
  }
}
