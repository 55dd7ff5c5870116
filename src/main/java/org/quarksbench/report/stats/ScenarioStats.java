package org.quarksbench.report.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the Locust report of one scenario needs, collected in one pass over one or more logs.
 *
 * <p>Memory grows with the distinct request names, messages and response times and with the run's length in
 * seconds, never with the number of requests. Not thread-safe.
 */
public final class ScenarioStats {
  private final String name;
  private final PercentileMode timelineMode;
  private long runStartEpochMillis = Long.MAX_VALUE;
  private long firstUserStartEpochMillis = Long.MAX_VALUE;
  private final TreeMap<EndpointKey, ResponseTimeStats> endpoints = new TreeMap<>();
  private final ResponseTimeStats aggregated = new ResponseTimeStats();
  private final LinkedHashMap<ErrorKey, Long> errors = new LinkedHashMap<>();
  private final LinkedHashMap<String, Long> requestErrors = new LinkedHashMap<>();
  private final TreeMap<Long, ResponseTimeStats> perSecond = new TreeMap<>();
  private long latestSecond = Long.MIN_VALUE;
  private ResponseTimeStats latestSecondStats;
  private final TreeMap<Long, Long> userDeltaPerSecond = new TreeMap<>();

  /**
   * Creates empty statistics.
   *
   * @param timelineMode the percentile mode of the history rows; the per-second histograms keep only its keys,
   *     which in {@link PercentileMode#LOCUST} mode are a few hundred at most per second
   */
  public ScenarioStats(String name, PercentileMode timelineMode) {
    this.name = name;
    this.timelineMode = timelineMode;
  }

  public PercentileMode timelineMode() {
    return timelineMode;
  }

  public String name() {
    return name;
  }

  void noteRunStart(long epochMillis) {
    runStartEpochMillis = Math.min(runStartEpochMillis, epochMillis);
  }

  void recordUser(boolean start, long epochMillis) {
    if (start) {
      firstUserStartEpochMillis = Math.min(firstUserStartEpochMillis, epochMillis);
    }
    userDeltaPerSecond.merge(Math.floorDiv(epochMillis, 1000), start ? 1L : -1L, Long::sum);
  }

  void recordRequest(EndpointKey endpoint, int responseTimeMillis, boolean ok, long endEpochMillis, String message) {
    endpoints.computeIfAbsent(endpoint, key -> new ResponseTimeStats()).record(responseTimeMillis, ok, endEpochMillis);
    aggregated.record(responseTimeMillis, ok, endEpochMillis);
    secondOf(endEpochMillis).record(
        responseTimeMillis, timelineMode.timelineKeyOf(responseTimeMillis), ok, endEpochMillis);
    if (!ok) {
      errors.merge(new ErrorKey(endpoint, message), 1L, Long::sum);
    }
  }

  /** Returns the stats of the request's second; requests arrive nearly in end order, so the last one is cached. */
  private ResponseTimeStats secondOf(long endEpochMillis) {
    long second = Math.floorDiv(endEpochMillis, 1000);
    if (second != latestSecond) {
      if (latestSecondStats != null) {
        latestSecondStats.compact();
      }
      latestSecond = second;
      latestSecondStats = perSecond.computeIfAbsent(second, key -> new ResponseTimeStats());
    }
    return latestSecondStats;
  }

  void recordRequestError(String message) {
    requestErrors.merge(message, 1L, Long::sum);
  }

  /** Returns the scenario start: its first user's start, or the run start when no user started. */
  public long startEpochMillis() {
    return firstUserStartEpochMillis != Long.MAX_VALUE ? firstUserStartEpochMillis : runStartEpochMillis;
  }

  /** Returns the end of the scenario's last request, or its start when it has no request. */
  public long lastRequestEndEpochMillis() {
    return aggregated.requests() == 0 ? startEpochMillis() : aggregated.lastEndEpochMillis();
  }

  /** Returns the rows in Locust's order (name, then method). */
  public SortedMap<EndpointKey, ResponseTimeStats> endpoints() {
    return Collections.unmodifiableSortedMap(endpoints);
  }

  public ResponseTimeStats aggregated() {
    return aggregated;
  }

  /** Returns failure counts per row and Gatling message, in the order each was first seen. */
  public Map<ErrorKey, Long> errors() {
    return Collections.unmodifiableMap(errors);
  }

  /** Returns counts of Gatling's ERROR records (requests never sent) per message, in first-seen order. */
  public Map<String, Long> requestErrors() {
    return Collections.unmodifiableMap(requestErrors);
  }

  /**
   * Returns the requests that ended in each epoch second. Their histograms hold {@link #timelineMode()} keys,
   * not exact times; counts, sums and extremes are exact.
   */
  public NavigableMap<Long, ResponseTimeStats> perSecond() {
    return Collections.unmodifiableNavigableMap(perSecond);
  }

  /** Returns users started minus users ended in each epoch second. */
  public NavigableMap<Long, Long> userDeltaPerSecond() {
    return Collections.unmodifiableNavigableMap(userDeltaPerSecond);
  }
}
