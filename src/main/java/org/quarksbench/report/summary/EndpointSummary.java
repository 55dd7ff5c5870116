package org.quarksbench.report.summary;

import java.util.List;

/**
 * One row of the Locust tables, with exact values where the console prints truncated ones.
 *
 * @param method HTTP method ({@code GET}, {@code POST}), empty for the Aggregated row
 * @param name request name without the method ({@code /readMessage}), {@code Aggregated} for the total
 * @param requests requests counted, failed ones included
 * @param failures failed requests
 * @param averageMillis exact mean response time
 * @param minMillis exact minimum, 0 when there is no request
 * @param maxMillis exact maximum, 0 when there is no request
 * @param medianMillis the Median column, computed by Locust's rule
 * @param requestsPerSecond requests over the scenario's duration
 * @param failuresPerSecond failures over the scenario's duration
 * @param percentiles response-time percentiles in the table's order
 */
public record EndpointSummary(
    String method,
    String name,
    long requests,
    long failures,
    double averageMillis,
    double minMillis,
    double maxMillis,
    double medianMillis,
    double requestsPerSecond,
    double failuresPerSecond,
    List<PercentileValue> percentiles) {}
