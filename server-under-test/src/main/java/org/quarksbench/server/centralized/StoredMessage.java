package org.quarksbench.server.centralized;

/** One message as the centralized server stores and returns it; {@code createdAtMillis} is epoch time. */
public record StoredMessage(long id, String email, String channel, String text, long createdAtMillis) {}
