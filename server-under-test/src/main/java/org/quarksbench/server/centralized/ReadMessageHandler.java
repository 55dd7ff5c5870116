package org.quarksbench.server.centralized;

import com.fasterxml.jackson.databind.JsonNode;
import org.quarksbench.server.http.Endpoint;
import org.quarksbench.server.http.Json;
import org.quarksbench.server.http.Request;
import org.quarksbench.server.http.Responder;

/** {@code POST /readMessage} with {@code {"email", "channel"}}: returns every message of the channel. */
final class ReadMessageHandler implements Endpoint {
  private final MessageStore store;
  private final TokenCheck tokenCheck;

  ReadMessageHandler(MessageStore store, TokenCheck tokenCheck) {
    this.store = store;
    this.tokenCheck = tokenCheck;
  }

  @Override
  public void handle(Request request, Responder responder) throws Exception {
    JsonNode body = request.jsonObject();
    String email = Json.requiredString(body, "email", CentralizedLimits.MAX_EMAIL_CHARS);
    String channel = Json.requiredString(body, "channel", CentralizedLimits.MAX_CHANNEL_CHARS);
    tokenCheck.requireToken(request, email);

    responder.sendJson(200, store.readChannel(channel));
  }
}
