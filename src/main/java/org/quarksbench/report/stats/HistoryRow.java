package org.quarksbench.report.stats;

import java.util.List;

/**
 * One Aggregated row of Locust's {@code _stats_history.csv}: the state at the end of one epoch second.
 *
 * @param timestampSeconds the epoch second
 * @param userCount users running at the end of that second
 * @param currentRequestsPerSecond Locust's current rate, see {@link History}
 * @param currentFailuresPerSecond Locust's current failure rate
 * @param percentilesMillis cumulative percentiles in the report's order, empty while there is no request
 * @param requests cumulative request count
 * @param failures cumulative failure count
 * @param medianMillis cumulative Median column
 * @param averageMillis cumulative mean
 * @param minMillis cumulative exact minimum, 0 without requests
 * @param maxMillis cumulative exact maximum, 0 without requests
 */
public record HistoryRow(
    long timestampSeconds,
    long userCount,
    double currentRequestsPerSecond,
    double currentFailuresPerSecond,
    List<Long> percentilesMillis,
    long requests,
    long failures,
    double medianMillis,
    double averageMillis,
    int minMillis,
    int maxMillis) {
  public HistoryRow {
    percentilesMillis = List.copyOf(percentilesMillis);
  }
}
