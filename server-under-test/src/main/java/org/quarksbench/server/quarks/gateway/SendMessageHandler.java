package org.quarksbench.server.quarks.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.quarksbench.server.http.ApiException;
import org.quarksbench.server.http.Endpoint;
import org.quarksbench.server.http.Json;
import org.quarksbench.server.http.JsonClient;
import org.quarksbench.server.http.Request;
import org.quarksbench.server.http.Responder;
import org.quarksbench.server.quarks.identity.Signatures;
import org.quarksbench.server.quarks.ledger.Transaction;

/**
 * {@code POST /sendMessage} with {@code {"user", "text", "channel"}}: endorses the message (key = now in
 * nanoseconds), signs it for the user, submits it to the orderer and responds once this gateway's peer has
 * committed it.
 */
final class SendMessageHandler implements Endpoint {
  private final String org;
  private final AccessCheck accessCheck;
  private final PendingCommits pendingCommits;
  private final JsonClient client;
  private final String ordererUrl;
  private final SecureRandom random = new SecureRandom();

  SendMessageHandler(String org, AccessCheck accessCheck, PendingCommits pendingCommits, JsonClient client,
      String ordererUrl) {
    this.org = org;
    this.accessCheck = accessCheck;
    this.pendingCommits = pendingCommits;
    this.client = client;
    this.ordererUrl = ordererUrl;
  }

  @Override
  public void handle(Request request, Responder responder) {
    JsonNode body = request.jsonObject();
    String user = Json.requiredString(body, "user", GatewayLimits.MAX_USER_CHARS);
    String text = Json.requiredString(body, "text", GatewayLimits.MAX_TEXT_CHARS);
    String channel = Json.requiredString(body, "channel", GatewayLimits.MAX_CHANNEL_CHARS);
    KeyPair keyPair = accessCheck.requireAccess(user, channel);

    Transaction unsigned = new Transaction(newTxId(), channel, user, org, text, nowNanos(), null);
    Transaction signed = unsigned.withSignature(Signatures.sign(keyPair.getPrivate(), unsigned.signedBytes()));

    pendingCommits.await(signed, responder);
    client.postAsync(ordererUrl + "/broadcast", signed, (reply, failure) -> {
      if (failure != null) {
        pendingCommits.fail(signed.txId(), new ApiException(503, "orderer_unavailable",
            "The orderer at " + ordererUrl + " cannot be reached (" + failure.getMessage() + "); retry later."));
      } else if (reply.status() == 503) {
        pendingCommits.fail(signed.txId(), ApiException.overloaded(
            "The orderer's queue for channel '" + channel + "' is full; retry later."));
      } else if (!reply.isSuccessful()) {
        pendingCommits.fail(signed.txId(), new ApiException(502, "orderer_error",
            "The orderer responded with HTTP " + reply.status() + " to transaction " + signed.txId() + "."));
      }
    });
  }

  private String newTxId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static long nowNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
