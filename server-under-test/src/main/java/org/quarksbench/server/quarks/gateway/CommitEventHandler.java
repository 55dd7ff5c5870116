package org.quarksbench.server.quarks.gateway;

import java.util.Map;
import org.quarksbench.server.http.Endpoint;
import org.quarksbench.server.http.Json;
import org.quarksbench.server.http.Request;
import org.quarksbench.server.http.Responder;
import org.quarksbench.server.quarks.protocol.CommitEvent;

/** {@code POST /commits} from this gateway's peer: responds to the sends whose transactions it committed. */
final class CommitEventHandler implements Endpoint {
  private final PendingCommits pendingCommits;

  CommitEventHandler(PendingCommits pendingCommits) {
    this.pendingCommits = pendingCommits;
  }

  @Override
  public void handle(Request request, Responder responder) {
    CommitEvent event = Json.parseBody(request.body(), CommitEvent.class);

    pendingCommits.complete(event);
    responder.sendJson(200, Map.of("status", "received"));
  }
}
