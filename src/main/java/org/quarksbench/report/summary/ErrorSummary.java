package org.quarksbench.report.summary;

/**
 * One distinct failure of the error report.
 *
 * @param method HTTP method of the failed request
 * @param name request name without the method
 * @param error the error text as Locust words it, e.g. {@code RemoteDisconnected('Remote end closed connection without response')}
 * @param gatlingMessage Gatling's original KO message, or null when the input was not a Gatling log
 * @param occurrences how many times it happened
 */
public record ErrorSummary(String method, String name, String error, String gatlingMessage, long occurrences) {}
