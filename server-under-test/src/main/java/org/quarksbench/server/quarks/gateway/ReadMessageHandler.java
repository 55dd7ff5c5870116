package org.quarksbench.server.quarks.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.quarksbench.server.http.ApiException;
import org.quarksbench.server.http.Endpoint;
import org.quarksbench.server.http.Json;
import org.quarksbench.server.http.JsonClient;
import org.quarksbench.server.http.Request;
import org.quarksbench.server.http.Responder;

/**
 * {@code GET /readMessage} with the JSON body {@code {"user", "channel", "from_timestamp"}}: returns the
 * channel's committed messages whose key is at or after {@code from_timestamp} (nanoseconds, a decimal
 * string or an integer), from this gateway's peer.
 */
final class ReadMessageHandler implements Endpoint {
  private final AccessCheck accessCheck;
  private final JsonClient client;
  private final String peerUrl;

  ReadMessageHandler(AccessCheck accessCheck, JsonClient client, String peerUrl) {
    this.accessCheck = accessCheck;
    this.client = client;
    this.peerUrl = peerUrl;
  }

  @Override
  public void handle(Request request, Responder responder) {
    JsonNode body = request.jsonObject();
    String user = Json.requiredString(body, "user", GatewayLimits.MAX_USER_CHARS);
    String channel = Json.requiredString(body, "channel", GatewayLimits.MAX_CHANNEL_CHARS);
    long fromNanos = fromTimestamp(body);
    accessCheck.requireAccess(user, channel);

    String url = peerUrl + "/query?channel=" + URLEncoder.encode(channel, StandardCharsets.UTF_8) + "&from=" + fromNanos;
    client.getAsync(url, (reply, failure) -> {
      if (failure != null) {
        responder.sendError(new ApiException(503, "peer_unavailable",
            "The peer at " + peerUrl + " cannot be reached (" + failure.getMessage() + "); retry later."));
      } else if (reply.isSuccessful()) {
        responder.sendJsonBytes(200, reply.body());
      } else {
        responder.sendError(new ApiException(reply.status() == 503 ? 503 : 502, "peer_error",
            "The peer at " + peerUrl + " responded with HTTP " + reply.status() + " to the query."));
      }
    });
  }

  private static long fromTimestamp(JsonNode body) {
    JsonNode field = body.get("from_timestamp");
    if (field == null || field.isNull()) {
      throw ApiException.badRequest("The field 'from_timestamp' is missing; send nanoseconds since the epoch"
          + " as a decimal string, such as \"1639999999000000000\".");
    }
    if (field.isIntegralNumber() && field.canConvertToLong()) {
      return requireNonNegative(field.longValue(), field.toString());
    }
    if (field.isTextual()) {
      String text = field.textValue();
      if (text.matches("[0-9]{1,19}")) {
        try {
          return requireNonNegative(Long.parseLong(text), text);
        } catch (NumberFormatException e) {
          // Falls through to the error below: 19 digits beyond Long.MAX_VALUE.
        }
      }
    }
    throw ApiException.badRequest("The field 'from_timestamp' is " + field + "; send nanoseconds since the epoch"
        + " as a decimal string of at most 19 digits, such as \"1639999999000000000\".");
  }

  private static long requireNonNegative(long value, String raw) {
    if (value < 0) {
      throw ApiException.badRequest("The field 'from_timestamp' is " + raw + "; it must not be negative.");
    }
    return value;
  }
}
