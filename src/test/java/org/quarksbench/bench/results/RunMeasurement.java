package org.quarksbench.bench.results;

import java.util.Map;

/**
 * The figures of one run, whatever tool made them.
 *
 * @param record the run as listed in {@code runs.tsv}
 * @param failure why the run has no figures (it failed or its output could not be read), or null
 * @param requests requests the generator completed, successful or not
 * @param failedRequests requests the generator counted as failed (for wrk: error responses and socket errors)
 * @param requestsPerSecond the tool's own request rate
 * @param cpuSeconds user plus system CPU time of all the run's processes
 * @param peakResidentMegabytes peak resident memory, added up over the run's processes
 * @param elapsedSeconds wall time of the run's main process
 * @param percentileMillis response-time percentiles by label ({@code p50}, {@code p95}, {@code p99},
 *     {@code p99.9}, {@code max}) as far as the tool reports them
 */
public record RunMeasurement(
    RunRecord record,
    String failure,
    long requests,
    long failedRequests,
    double requestsPerSecond,
    double cpuSeconds,
    double peakResidentMegabytes,
    double elapsedSeconds,
    Map<String, Double> percentileMillis) {

  public static RunMeasurement failed(RunRecord record, String failure) {
    return new RunMeasurement(record, failure, 0, 0, 0, 0, 0, 0, Map.of());
  }

  public boolean succeeded() {
    return failure == null;
  }

  /** Returns CPU seconds per 1,000 requests, or NaN when there were no requests. */
  public double cpuSecondsPerThousandRequests() {
    return requests == 0 ? Double.NaN : cpuSeconds * 1000 / requests;
  }
}
