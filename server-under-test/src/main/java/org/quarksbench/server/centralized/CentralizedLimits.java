package org.quarksbench.server.centralized;

/** Field limits of the centralized API. */
final class CentralizedLimits {
  /** Maximum channel name length in characters, as in the researchers' server. */
  static final int MAX_CHANNEL_CHARS = 50;
  static final int MAX_EMAIL_CHARS = 254;
  static final int MAX_TEXT_CHARS = 10_000;

  private CentralizedLimits() {}
}
