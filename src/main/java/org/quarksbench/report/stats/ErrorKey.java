package org.quarksbench.report.stats;

/**
 * One distinct failure: the request it happened on and Gatling's KO message.
 *
 * @param endpoint the failed request's row
 * @param gatlingMessage Gatling's KO message as logged
 */
public record ErrorKey(EndpointKey endpoint, String gatlingMessage) {}
