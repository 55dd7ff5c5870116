package org.quarksbench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarksbench.report.format.ConsoleReport;
import org.quarksbench.report.format.LocustCsv;
import org.quarksbench.report.stats.HistoryRow;
import org.quarksbench.report.summary.ReportSummary;

/**
 * The Locust report of one scenario: its summary, console tables, warnings, and the files it writes.
 *
 * <p>Immutable; {@link #writeTo} may be called for several folders.
 */
public final class ScenarioReport {
  /** Name of the text file that contains {@link #consoleText()}. */
  public static final String TEXT_FILE = "report.txt";
  /** Name of the JSON file that contains {@link #summary()}. */
  public static final String SUMMARY_FILE = "summary.json";
  /** Prefix of the CSV files, as {@code locust --csv locust} names them. */
  public static final String CSV_PREFIX = "locust";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ReportSummary summary;
  private final String consoleText;
  private final List<String> warnings;
  private final List<HistoryRow> history;
  private final Map<String, Long> requestErrors;
  private final List<Double> percentiles;

  ScenarioReport(
      ReportSummary summary,
      ReportOptions options,
      String percentileTitle,
      List<String> warnings,
      List<HistoryRow> history,
      Map<String, Long> requestErrors) {
    this.summary = summary;
    this.consoleText = ConsoleReport.render(summary, options.layout(), options.nameColumnWidth(), percentileTitle);
    this.warnings = List.copyOf(warnings);
    this.history = List.copyOf(history);
    this.requestErrors = Collections.unmodifiableMap(new LinkedHashMap<>(requestErrors));
    this.percentiles = options.percentiles();
  }

  public String scenario() {
    return summary.scenario();
  }

  public ReportSummary summary() {
    return summary;
  }

  /** Returns the three Locust tables as Locust prints them at the end of a run, one {@code \n} after each line. */
  public String consoleText() {
    return consoleText;
  }

  /** Returns problems with the input that did not stop the report, such as a truncated log. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Writes {@code report.txt}, {@code summary.json} and the four Locust CSV files into {@code folder}, creating it
   * if needed and replacing files of the same names.
   *
   * @throws UncheckedIOException if a file cannot be written
   */
  public void writeTo(Path folder) {
    try {
      Files.createDirectories(folder);
      write(folder.resolve(TEXT_FILE), consoleText);
      write(folder.resolve(CSV_PREFIX + "_stats.csv"), LocustCsv.stats(summary));
      write(folder.resolve(CSV_PREFIX + "_failures.csv"), LocustCsv.failures(summary));
      write(folder.resolve(CSV_PREFIX + "_exceptions.csv"), LocustCsv.exceptions(requestErrors));
      write(folder.resolve(CSV_PREFIX + "_stats_history.csv"), LocustCsv.history(history, percentiles));
      write(folder.resolve(SUMMARY_FILE), JSON.writeValueAsString(summary) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the report of scenario '" + scenario() + "' to " + folder, e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ScenarioReport[scenario=" + scenario() + ", requests=" + summary.aggregated().requests() + "]";
  }
}
