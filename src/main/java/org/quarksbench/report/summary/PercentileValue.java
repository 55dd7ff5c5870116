package org.quarksbench.report.summary;

/**
 * A response time at a percentile.
 *
 * @param fraction the percentile as a fraction, 0.95 for 95%
 * @param millis the response time in milliseconds
 */
public record PercentileValue(double fraction, long millis) {}
