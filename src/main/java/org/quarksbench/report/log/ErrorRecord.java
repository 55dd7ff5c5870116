package org.quarksbench.report.log;

/**
 * An ERROR record: a request that could not be built or sent, so it is not a request in the statistics.
 *
 * @param message Gatling's text, {@code "<request name>: <error> "} with a trailing space
 * @param offsetMillis milliseconds after the run start
 */
public record ErrorRecord(String message, int offsetMillis) {}
