package org.quarksbench.report.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarksbench.report.summary.ErrorSummary;

/** Groups the summary's errors as Locust does: by method, name and Locust text, in first-seen order. */
public final class ErrorRows {
  private ErrorRows() {}

  /**
   * Returns one row per distinct (method, name, Locust text), adding the counts of Gatling messages that read
   * the same in Locust's words (for example two timeouts of different lengths would not, but refused
   * connections from both socket transports would).
   */
  public static List<ErrorRow> of(List<ErrorSummary> errors) {
    Map<List<String>, long[]> counts = new LinkedHashMap<>();
    for (ErrorSummary error : errors) {
      counts.computeIfAbsent(List.of(error.method(), error.name(), error.error()), key -> new long[1])[0] +=
          error.occurrences();
    }
    List<ErrorRow> rows = new ArrayList<>(counts.size());
    counts.forEach((key, count) -> rows.add(new ErrorRow(key.get(0), key.get(1), key.get(2), count[0])));
    return rows;
  }
}
