package org.quarksbench.server.quarks.gateway;

import java.io.IOException;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import org.quarksbench.server.http.ApiException;
import org.quarksbench.server.http.JsonClient;
import org.quarksbench.server.quarks.identity.Member;
import org.quarksbench.server.quarks.identity.Signatures;
import org.quarksbench.server.quarks.identity.Wallet;

/**
 * Enrolls users at one organisation: creates the user's key pair, registers the user's public key and
 * organisation at every peer, and only then keeps the key pair in the gateway's wallet. So a peer can
 * verify every transaction a wallet key signs.
 */
final class Enrollment {
  private final String org;
  private final Wallet wallet;
  private final List<String> peerUrls;
  private final JsonClient client;

  Enrollment(String org, Wallet wallet, List<String> peerUrls, JsonClient client) {
    this.org = org;
    this.wallet = wallet;
    this.peerUrls = List.copyOf(peerUrls);
    this.client = client;
  }

  /**
   * Enrolls {@code user} at this organisation, or registers its existing key again at every peer.
   *
   * @throws ApiException 409 if a peer has the user enrolled at another organisation or with another key, 503 if a peer cannot be
   *     reached
   */
  synchronized Member enroll(String user) throws IOException {
    Optional<KeyPair> existing = wallet.keyPair(user);
    KeyPair keyPair = existing.orElseGet(Signatures::generateKeyPair);
    Member member = new Member(user, org, Signatures.encodePublicKey(keyPair.getPublic()));
    for (String peerUrl : peerUrls) {
      register(peerUrl, member);
    }
    if (existing.isEmpty()) {
      wallet.store(user, keyPair);
    }
    return member;
  }

  private void register(String peerUrl, Member member) {
    JsonClient.Reply reply;
    try {
      reply = client.post(peerUrl + "/members", member);
    } catch (IOException e) {
      throw new ApiException(503, "peer_unavailable", "Cannot enroll '" + member.user() + "' because the peer at "
          + peerUrl + " cannot be reached (" + e.getMessage() + "); retry when it is up.");
    }
    if (reply.status() == 409) {
      throw new ApiException(409, "already_enrolled", "User '" + member.user()
          + "' is already enrolled with another organisation or key; use the gateway of its organisation.");
    }
    if (!reply.isSuccessful()) {
      throw new ApiException(503, "peer_unavailable", "The peer at " + peerUrl + " responded with HTTP " + reply.status()
          + " to the enrolment of '" + member.user() + "'; retry later.");
    }
  }
}
