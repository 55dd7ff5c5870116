package org.quarksbench.server.quarks.gateway;

/** Field limits of the gateway API. */
final class GatewayLimits {
  static final int MAX_USER_CHARS = 254;
  static final int MAX_CHANNEL_CHARS = 50;
  static final int MAX_TEXT_CHARS = 10_000;

  private GatewayLimits() {}
}
