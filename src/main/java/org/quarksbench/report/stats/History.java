package org.quarksbench.report.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Rebuilds the rows Locust appends to {@code _stats_history.csv} once per second, from a scenario's timeline.
 *
 * <p>One row per epoch second from the scenario start to its last request or user record. Each row contains the
 * cumulative statistics of the requests that ended up to the end of that second. The current rates follow
 * Locust's {@code current_rps}: with L the second of the latest request so far and S the start second, the mean
 * of the per-second counts of seconds max(L − 12, S) to L − 3, or 0 when that range is empty.
 *
 * <p>NOTE: Locust ticks at whole seconds after its start time, not at epoch second boundaries, and writes no row
 * at shutdown. Rows here are aligned on epoch seconds and the last one includes every request, so the last row
 * can differ from Locust's by up to one second of requests.
 */
public final class History {
  private static final int RATE_WINDOW_START_SECONDS = 12;
  private static final int RATE_WINDOW_END_SECONDS = 3;

  private History() {}

  /** Returns the rows in time order, with percentiles in the scenario's {@link ScenarioStats#timelineMode()}. */
  public static List<HistoryRow> rows(ScenarioStats stats, List<Double> fractions) {
    PercentileMode mode = stats.timelineMode();
    long startSecond = Math.floorDiv(stats.startEpochMillis(), 1000);
    NavigableMap<Long, ResponseTimeStats> perSecond = stats.perSecond();
    NavigableMap<Long, Long> userDeltas = stats.userDeltaPerSecond();
    long endSecond = Math.max(startSecond, Math.floorDiv(stats.lastRequestEndEpochMillis(), 1000));
    if (!userDeltas.isEmpty()) {
      endSecond = Math.max(endSecond, userDeltas.lastKey());
    }

    long users = 0;
    for (long delta : userDeltas.headMap(startSecond, false).values()) {
      users += delta;
    }
    ResponseTimeStats cumulative = new ResponseTimeStats();
    CumulativeTimes rankedTimes = new CumulativeTimes(timelineKeys(stats.aggregated().sortedTimes(), mode));
    Long latestRequestSecond = null;
    List<HistoryRow> rows = new ArrayList<>();
    for (long second = startSecond; second <= endSecond; second++) {
      users += userDeltas.getOrDefault(second, 0L);
      ResponseTimeStats inSecond = perSecond.get(second);
      if (second == startSecond) {
        for (ResponseTimeStats earlier : perSecond.headMap(startSecond, false).values()) {
          cumulative.addAll(earlier);
          rankedTimes.addAll(earlier.histogram());
          latestRequestSecond = Math.floorDiv(cumulative.lastEndEpochMillis(), 1000);
        }
      }
      if (inSecond != null) {
        cumulative.addAll(inSecond);
        rankedTimes.addAll(inSecond.histogram());
        latestRequestSecond = second;
      }
      rows.add(row(second, users, cumulative, rankedTimes, latestRequestSecond, startSecond, perSecond, mode,
          fractions));
    }
    return rows;
  }

  /** Returns the distinct timeline keys of the scenario's times, ascending. */
  private static int[] timelineKeys(SortedCounts times, PercentileMode mode) {
    int[] exact = times.values();
    int[] keys = new int[exact.length];
    int distinct = 0;
    for (int millis : exact) {
      int key = mode.timelineKeyOf(millis);
      if (distinct == 0 || keys[distinct - 1] != key) {
        keys[distinct++] = key;
      }
    }
    return java.util.Arrays.copyOf(keys, distinct);
  }

  private static HistoryRow row(
      long second, long users, ResponseTimeStats cumulative, RankedTimes times, Long latestRequestSecond,
      long startSecond,
      NavigableMap<Long, ResponseTimeStats> perSecond, PercentileMode mode, List<Double> fractions) {
    double currentRequests = 0;
    double currentFailures = 0;
    if (latestRequestSecond != null) {
      long from = Math.max(latestRequestSecond - RATE_WINDOW_START_SECONDS, startSecond);
      long to = latestRequestSecond - RATE_WINDOW_END_SECONDS;
      long seconds = Math.max(to - from + 1, 0);
      long requests = 0;
      long failures = 0;
      if (seconds > 0) {
        for (Map.Entry<Long, ResponseTimeStats> entry : perSecond.subMap(from, true, to, true).entrySet()) {
          requests += entry.getValue().requests();
          failures += entry.getValue().failures();
        }
      }
      currentRequests = (double) requests / Math.max(seconds, 1);
      currentFailures = (double) failures / Math.max(seconds, 1);
    }
    List<Long> percentiles = new ArrayList<>();
    if (cumulative.requests() > 0) {
      for (double fraction : fractions) {
        percentiles.add(Percentiles.percentile(times, fraction, mode));
      }
    }
    double median = Percentiles.median(times, cumulative.minMillis(), cumulative.maxMillis(), mode);
    return new HistoryRow(second, users, currentRequests, currentFailures, percentiles, cumulative.requests(),
        cumulative.failures(), median, cumulative.averageMillis(), cumulative.minMillis(), cumulative.maxMillis());
  }
}
