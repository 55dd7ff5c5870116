package org.quarksbench.report.log;

import java.util.List;

/**
 * A REQUEST record: one HTTP request and its outcome.
 *
 * @param groups the group path, outermost first, empty outside any group
 * @param name the request name given to {@code http(...)}, e.g. {@code POST /sendMessage}
 * @param startOffsetMillis request start, milliseconds after the run start
 * @param endOffsetMillis response end (or failure), milliseconds after the run start
 * @param ok true when every check passed
 * @param message Gatling's KO message, empty for most OK requests
 */
public record RequestRecord(
    List<String> groups, String name, int startOffsetMillis, int endOffsetMillis, boolean ok, String message) {
  public RequestRecord {
    groups = List.copyOf(groups);
  }

  /** Returns the response time, the end offset minus the start offset, in whole milliseconds. */
  public int responseTimeMillis() {
    return endOffsetMillis - startOffsetMillis;
  }
}
