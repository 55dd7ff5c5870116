package org.quarksbench.bench.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of one wrk 4.1.0 run, parsed from its console output (run with {@code --latency}).
 *
 * <p>wrk's latency percentiles come from a closed loop, so like Locust's they leave out the requests a
 * stalled connection did not send.
 *
 * @param latencyMillis the latency distribution lines by percentile label ({@code p50}, {@code p75},
 *     {@code p90}, {@code p99}), in ms
 * @param errorResponses responses with a status outside 2xx and 3xx
 * @param socketErrors connect, read, write and timeout errors added up
 */
public record WrkResult(
    long requests,
    double requestsPerSecond,
    Map<String, Double> latencyMillis,
    long errorResponses,
    long socketErrors) {
  private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ");
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern PERCENTILE = Pattern.compile("^\\s+(\\d+)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
  private static final Pattern ERROR_RESPONSES = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern SOCKET_ERRORS =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

  /** Parses wrk's console output; throws IllegalArgumentException when the request count or rate is missing. */
  public static WrkResult parse(String output) {
    Matcher requests = REQUESTS.matcher(output);
    Matcher rate = RATE.matcher(output);
    if (!requests.find() || !rate.find()) {
      throw new IllegalArgumentException("missing 'N requests in' or 'Requests/sec:' in wrk output");
    }
    Map<String, Double> latency = new LinkedHashMap<>();
    Matcher percentile = PERCENTILE.matcher(output);
    while (percentile.find()) {
      latency.put("p" + percentile.group(1), toMillis(Double.parseDouble(percentile.group(2)), percentile.group(3)));
    }
    long errorResponses = 0;
    Matcher errors = ERROR_RESPONSES.matcher(output);
    if (errors.find()) {
      errorResponses = Long.parseLong(errors.group(1));
    }
    long socketErrors = 0;
    Matcher sockets = SOCKET_ERRORS.matcher(output);
    if (sockets.find()) {
      for (int group = 1; group <= 4; group++) {
        socketErrors += Long.parseLong(sockets.group(group));
      }
    }
    return new WrkResult(
        Long.parseLong(requests.group(1)), Double.parseDouble(rate.group(1)), latency, errorResponses, socketErrors);
  }

  private static double toMillis(double value, String unit) {
    return switch (unit) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }
}
