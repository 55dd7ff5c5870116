package org.quarksbench.server.centralized;

import com.fasterxml.jackson.databind.JsonNode;
import org.quarksbench.server.http.Endpoint;
import org.quarksbench.server.http.Json;
import org.quarksbench.server.http.Request;
import org.quarksbench.server.http.Responder;

/** {@code POST /sendMessage} with {@code {"email", "text", "channel"}}: stores the message and returns it. */
final class SendMessageHandler implements Endpoint {
  private final MessageStore store;
  private final TokenCheck tokenCheck;

  SendMessageHandler(MessageStore store, TokenCheck tokenCheck) {
    this.store = store;
    this.tokenCheck = tokenCheck;
  }

  @Override
  public void handle(Request request, Responder responder) throws Exception {
    JsonNode body = request.jsonObject();
    String email = Json.requiredString(body, "email", CentralizedLimits.MAX_EMAIL_CHARS);
    String text = Json.requiredString(body, "text", CentralizedLimits.MAX_TEXT_CHARS);
    String channel = Json.requiredString(body, "channel", CentralizedLimits.MAX_CHANNEL_CHARS);
    tokenCheck.requireToken(request, email);

    StoredMessage stored = store.insert(email, channel, text, System.currentTimeMillis());
    responder.sendJson(200, stored);
  }
}
