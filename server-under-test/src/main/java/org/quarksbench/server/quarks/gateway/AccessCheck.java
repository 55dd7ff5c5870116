package org.quarksbench.server.quarks.gateway;

import java.security.KeyPair;
import java.util.Map;
import org.quarksbench.server.http.ApiException;
import org.quarksbench.server.quarks.ChannelConfig;
import org.quarksbench.server.quarks.identity.Wallet;

/**
 * The contract's access rule at one gateway: the user must be enrolled at this gateway's organisation and
 * that organisation must be a member of the channel.
 */
final class AccessCheck {
  private final String org;
  private final Wallet wallet;
  private final Map<String, ChannelConfig> channels;

  AccessCheck(String org, Wallet wallet, Map<String, ChannelConfig> channels) {
    this.org = org;
    this.wallet = wallet;
    this.channels = channels;
  }

  /**
   * Returns the key pair that signs for {@code user} on {@code channel}.
   *
   * @throws ApiException 400 for an unknown channel, 403 for a user not enrolled here or an organisation
   *     outside the channel
   */
  KeyPair requireAccess(String user, String channel) {
    ChannelConfig config = channels.get(channel);
    if (config == null) {
      throw new ApiException(400, "unknown_channel", "Unknown channel '" + channel + "'; the channels are "
          + channels.keySet() + ".");
    }
    KeyPair keyPair = wallet.keyPair(user).orElseThrow(() -> ApiException.forbidden("not_enrolled",
        "User '" + user + "' is not enrolled at " + org + "; enroll it with POST /enroll at this gateway,"
            + " or use the gateway of its organisation."));
    if (!config.orgs().contains(org)) {
      throw ApiException.forbidden("not_member", "Organisation " + org + " of user '" + user
          + "' is not a member of channel '" + channel + "'; its members are " + config.orgs() + ".");
    }
    return keyPair;
  }
}
