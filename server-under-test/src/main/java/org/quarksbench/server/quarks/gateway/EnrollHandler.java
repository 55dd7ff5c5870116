package org.quarksbench.server.quarks.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.quarksbench.server.http.Endpoint;
import org.quarksbench.server.http.Json;
import org.quarksbench.server.http.Request;
import org.quarksbench.server.http.Responder;

/** {@code POST /enroll} with {@code {"user"}}: enrolls the user at this gateway's organisation. */
final class EnrollHandler implements Endpoint {
  private final Enrollment enrollment;

  EnrollHandler(Enrollment enrollment) {
    this.enrollment = enrollment;
  }

  @Override
  public void handle(Request request, Responder responder) throws IOException {
    JsonNode body = request.jsonObject();
    String user = Json.requiredString(body, "user", GatewayLimits.MAX_USER_CHARS);

    responder.sendJson(200, enrollment.enroll(user));
  }
}
