package org.quarksbench.report.format;

import java.util.ArrayList;
import java.util.List;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.PercentileValue;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Locust's "Response time percentiles" table.
 *
 * <p>Columns: Type (8), Name (W), the first percentile (8 wide), then each further percentile and {@code # reqs}
 * (6 wide), one space apart. Locust 2.8 puts a space before every line and shows {@code None} as the Aggregated
 * row's type; its separator ends with {@code |} and is one character longer than the rows. Locust 2.9+ has no
 * leading space, a blank Aggregated type and a separator exactly as long as the rows. Only rows with requests
 * are printed.
 */
public final class PercentileTable {
  private static final int TYPE_WIDTH = 8;

  private PercentileTable() {}

  /**
   * Returns the table's lines, title first, without the empty line Locust prints after it.
   *
   * @param title the first line, {@code Response time percentiles (approximated)} for Locust's own table
   */
  public static List<String> lines(ReportSummary summary, Layout layout, int nameWidth, String title) {
    List<Double> fractions = summary.aggregated().percentiles().stream().map(PercentileValue::fraction).toList();
    String lead = layout == Layout.LOCUST_2_8 ? " " : "";
    List<String> lines = new ArrayList<>();
    lines.add(title);

    List<String> labels = fractions.stream().map(PercentileLabels::of).toList();
    lines.add(lead + cells("Type", "Name", labels, "# reqs", nameWidth));

    String separator = separator(layout, nameWidth, fractions.size());
    lines.add(separator);
    for (EndpointSummary endpoint : summary.endpoints()) {
      if (endpoint.requests() > 0) {
        lines.add(lead + row(endpoint.method(), endpoint, nameWidth));
      }
    }
    lines.add(separator);
    EndpointSummary aggregated = summary.aggregated();
    if (aggregated.requests() > 0) {
      String type = layout == Layout.LOCUST_2_8 ? "None" : "";
      lines.add(lead + row(type, aggregated, nameWidth));
    }
    return lines;
  }

  private static String row(String type, EndpointSummary endpoint, int nameWidth) {
    List<String> values = endpoint.percentiles().stream().map(value -> Long.toString(value.millis())).toList();
    return cells(type, endpoint.name(), values, Long.toString(endpoint.requests()), nameWidth);
  }

  private static String cells(String type, String name, List<String> percentiles, String requests, int nameWidth) {
    StringBuilder line = new StringBuilder();
    line.append(Text.padLeft(type, TYPE_WIDTH)).append(' ').append(Text.padLeft(name, nameWidth));
    for (int i = 0; i < percentiles.size(); i++) {
      line.append(' ').append(Text.padRight(percentiles.get(i), i == 0 ? 8 : 6));
    }
    line.append(' ').append(Text.padRight(requests, 6));
    return line.toString();
  }

  private static String separator(Layout layout, int nameWidth, int percentileCount) {
    StringBuilder line = new StringBuilder();
    line.append(Text.dashes(TYPE_WIDTH)).append('|').append(Text.dashes(nameWidth)).append('|');
    line.append(Text.dashes(layout == Layout.LOCUST_2_8 ? 9 : 8)).append('|');
    for (int i = 0; i < percentileCount; i++) {
      line.append(Text.dashes(6)).append('|');
    }
    return layout == Layout.LOCUST_2_8 ? line.toString() : line.substring(0, line.length() - 1);
  }
}
