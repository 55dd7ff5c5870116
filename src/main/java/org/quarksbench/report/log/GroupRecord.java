package org.quarksbench.report.log;

import java.util.List;

/**
 * A GROUP record: one pass of a user through a group block.
 *
 * @param groups the group path, outermost first
 * @param startOffsetMillis group start, milliseconds after the run start
 * @param endOffsetMillis group end, milliseconds after the run start
 * @param cumulatedResponseTimeMillis sum of the response times of the requests inside
 * @param ok false when a request inside failed
 */
public record GroupRecord(
    List<String> groups, int startOffsetMillis, int endOffsetMillis, int cumulatedResponseTimeMillis, boolean ok) {
  public GroupRecord {
    groups = List.copyOf(groups);
  }
}
