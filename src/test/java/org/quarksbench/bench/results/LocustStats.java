package org.quarksbench.bench.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Aggregated row of a Locust 2.12.1 {@code <prefix>_stats.csv} file.
 *
 * <p>Locust rounds response times into buckets before it computes percentiles (to 2 significant digits
 * above 100 ms), so its percentiles are coarser than Gatling's.
 *
 * @param requestsPerSecond Locust's own rate: the request count divided by the time from the start of
 *     the run to the last request
 * @param percentileMillis percentiles by label ({@code p50}, {@code p95}, {@code p99}, {@code p99.9})
 *     followed by {@code max}, in ms
 */
public record LocustStats(long requests, long failures, double requestsPerSecond, Map<String, Double> percentileMillis) {
  private static final List<String> PERCENTILE_COLUMNS = List.of("50%", "95%", "99%", "99.9%");

  public static LocustStats read(Path statsCsv) throws IOException {
    return parse(Files.readString(statsCsv, StandardCharsets.UTF_8));
  }

  /** Parses the CSV text; throws IllegalArgumentException when the Aggregated row or a column is missing. */
  public static LocustStats parse(String csv) {
    String[] lines = csv.split("\r?\n");
    if (lines.length < 2) {
      throw new IllegalArgumentException("Locust stats CSV has no rows");
    }
    List<String> header = Arrays.asList(lines[0].split(",", -1));
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      int name = column(header, "Name");
      if (cells.length == header.size() && cells[name].equals("Aggregated")) {
        Map<String, Double> percentiles = new LinkedHashMap<>();
        for (String percentile : PERCENTILE_COLUMNS) {
          percentiles.put("p" + percentile.replace("%", ""), number(cells[column(header, percentile)]));
        }
        percentiles.put("max", number(cells[column(header, "Max Response Time")]));
        return new LocustStats(
            (long) number(cells[column(header, "Request Count")]),
            (long) number(cells[column(header, "Failure Count")]),
            number(cells[column(header, "Requests/s")]),
            percentiles);
      }
    }
    throw new IllegalArgumentException("missing the Aggregated row in Locust stats CSV");
  }

  private static int column(List<String> header, String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("missing column '" + name + "' in Locust stats CSV");
    }
    return index;
  }

  /** Parses a cell; Locust writes {@code N/A} for a percentile of an empty row. */
  private static double number(String cell) {
    return cell.isEmpty() || cell.equals("N/A") ? 0 : Double.parseDouble(cell);
  }
}
