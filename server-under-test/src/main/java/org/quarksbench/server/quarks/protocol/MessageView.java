package org.quarksbench.server.quarks.protocol;

/**
 * One committed message as {@code readMessage} returns it. The key is a decimal string of nanoseconds
 * because it does not fit a JSON number that JavaScript reads exactly.
 */
public record MessageView(String key, String user, String text, String txId, long blockNumber) {}
