package org.quarksbench.report.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Locust's "Error report": one row per distinct error in first-seen order, printed only when something failed.
 *
 * <p>Rows are {@code "%-18i %-100s"} (count, text), so a text over 100 characters is neither padded nor cut.
 * Locust 2.8 adds a leading space and uses W + 80 dashes as separator; Locust 2.9+ uses 18 dashes, {@code |}
 * and W + 61 dashes.
 */
public final class ErrorReportTable {
  private ErrorReportTable() {}

  /** Returns the lines, title first and the trailing empty line included, or no line when {@code rows} is empty. */
  public static List<String> lines(List<ErrorRow> rows, Layout layout, int nameWidth) {
    if (rows.isEmpty()) {
      return List.of();
    }
    String lead = layout == Layout.LOCUST_2_8 ? " " : "";
    String separator = layout == Layout.LOCUST_2_8
        ? Text.dashes(nameWidth + 80)
        : Text.dashes(18) + "|" + Text.dashes(nameWidth + 80 - 19);
    List<String> lines = new ArrayList<>();
    lines.add("Error report");
    lines.add(lead + Text.padLeft("# occurrences", 18) + " " + Text.padLeft("Error", 100));
    lines.add(separator);
    for (ErrorRow row : rows) {
      lines.add(lead + Text.padLeft(Long.toString(row.occurrences()), 18) + " " + Text.padLeft(row.displayText(), 100));
    }
    lines.add(separator);
    lines.add("");
    return lines;
  }
}
