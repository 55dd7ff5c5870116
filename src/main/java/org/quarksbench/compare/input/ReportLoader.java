package org.quarksbench.compare.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quarksbench.InvalidInputException;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Opens one {@code compare} input, a file or a folder, detects its kind unless one is forced, and reads it.
 *
 * <p>Folders: a Gatling results folder (contains {@code simulation.log}), a quarks-bench run folder (contains
 * {@code summary.json}, which is preferred over its {@code report.txt} because its values are exact), or a
 * folder of Locust CSV files ({@code PREFIX_stats.csv} or {@code requests_<ts>.csv}, with the failures CSV
 * beside it when there is one). Files are recognised by their content, not their name: see
 * {@link #detect(Path, String)}.
 */
public final class ReportLoader {
  private static final int SNIFF_BYTES = 64 * 1024;
  private static final String STATS_SUFFIX = "_stats.csv";
  /** A quarks-bench run folder, {@code <scenario>-<yyyyMMdd-HHmmss>} with the scenario's start in UTC. */
  private static final Pattern RUN_FOLDER = Pattern.compile("(.+)-\\d{8}-\\d{6}");

  private ReportLoader() {}

  /**
   * Reads {@code path}.
   *
   * @param forced the kind from {@code --format}, or null to detect it
   * @param role {@code baseline} or {@code candidate}, named in error messages
   */
  public static LoadedReport load(Path path, InputFormat forced, String role) {
    if (!Files.exists(path)) {
      throw new InvalidInputException(role + " not found: " + path + ". Pass an existing report file or folder.");
    }
    LoadedReport report;
    if (Files.isDirectory(path)) {
      report = loadFolder(path, forced, role);
    } else {
      InputFormat format = forced != null ? forced : detect(path, role);
      report = read(path, format);
    }
    rejectImpossibleCounts(report, role);
    return report;
  }

  /**
   * Rejects negative counts, which no tool writes but a hand edit can. More failures than requests stays
   * allowed, because Locust can record a failure without a request (its percentage then reads 100.00).
   */
  private static void rejectImpossibleCounts(LoadedReport report, String role) {
    for (ReportSummary scenario : report.scenarios()) {
      List<EndpointSummary> rows = new ArrayList<>(scenario.endpoints());
      if (scenario.aggregated() != null) {
        rows.add(scenario.aggregated());
      }
      for (EndpointSummary row : rows) {
        if (row.requests() < 0 || row.failures() < 0) {
          throw new InvalidInputException("invalid counts in the " + role + " " + report.source() + ": "
              + (row.method() + " " + row.name()).trim() + " has " + row.requests() + " requests and "
              + row.failures() + " failures; counts must be 0 or more. Fix or regenerate the file.");
        }
      }
    }
  }

  /** Reads a file whose kind is known. */
  static LoadedReport read(Path file, InputFormat format) {
    return switch (format) {
      case JSON -> SummaryJsonReader.read(file);
      case TEXT -> ConsoleReportParser.parse(file, scenarioNameOf(file));
      case CSV -> LocustCsvReader.read(file, failuresFileFor(file), scenarioNameOf(file));
      case GATLING -> GatlingResultsReader.read(file);
    };
  }

  /**
   * Detects the kind of a file from its first bytes.
   *
   * <ul>
   *   <li>a binary file starting with record type 0 (RUN): a Gatling {@code simulation.log};
   *   <li>an object or an array of objects: a {@code summary.json};
   *   <li>a first line with the columns {@code Name} and {@code Request Count}: a Locust stats CSV;
   *   <li>any other text: a console table, which the parser then looks for.
   * </ul>
   * Empty files, other binary files, and Locust's failures, exceptions and history CSV files are rejected.
   */
  static InputFormat detect(Path file, String role) {
    byte[] head = readHead(file);
    String text = new String(head, StandardCharsets.UTF_8);

    if (text.isBlank()) {
      throw new InvalidInputException(role + " file " + file + " is empty. Pass a report: a Locust console"
          + " capture, a stats CSV, a summary.json or a Gatling simulation.log.");
    }
    if (head[0] == 0) {
      return InputFormat.GATLING;
    }
    if (text.indexOf('\0') >= 0) {
      throw new InvalidInputException(role + " file " + file + " is a binary file but not a Gatling simulation.log"
          + " (whose first byte is 0). Pass a report file, or set --format if the detection is wrong.");
    }

    String stripped = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (looksLikeJson(stripped.strip())) {
      return InputFormat.JSON;
    }

    String firstLine = stripped.lines().findFirst().orElse("").replace("\"", "").strip();
    if (firstLine.startsWith("Method,Name,Error,Occurrences")) {
      throw new InvalidInputException(role + " file " + file + " is Locust's failures CSV, which has no request"
          + " statistics. Pass the stats CSV beside it (PREFIX_stats.csv or requests_<ts>.csv); its failures"
          + " file is read with it.");
    }
    if (firstLine.startsWith("Count,Message,Traceback")) {
      throw new InvalidInputException(role + " file " + file + " is Locust's exceptions CSV, which has no request"
          + " statistics. Pass the stats CSV beside it (PREFIX_stats.csv or requests_<ts>.csv).");
    }
    if (firstLine.startsWith("Timestamp,User Count")) {
      throw new InvalidInputException(role + " file " + file + " is Locust's stats history CSV. Pass the final"
          + " stats CSV beside it (PREFIX_stats.csv).");
    }

    List<String> columns = List.of(firstLine.split(","));
    if (columns.contains(LocustCsvReader.NAME) && columns.contains(LocustCsvReader.REQUEST_COUNT)) {
      return InputFormat.CSV;
    }
    if (file.getFileName().toString().endsWith(".csv")) {
      throw new InvalidInputException(role + " file " + file + " is a CSV file but not Locust's stats CSV: its"
          + " header is '" + firstLine + "', expected 'Type,Name,Request Count,...'.");
    }
    return InputFormat.TEXT;
  }

  /** Returns true for an object, or an array of objects; Locust log lines also start with '[' but not '[{'. */
  private static boolean looksLikeJson(String text) {
    if (text.startsWith("{")) {
      return true;
    }
    if (!text.startsWith("[")) {
      return false;
    }
    String rest = text.substring(1).strip();
    return rest.startsWith("{") || rest.startsWith("]");
  }

  private static LoadedReport loadFolder(Path folder, InputFormat forced, String role) {
    Path simulationLog = folder.resolve("simulation.log");
    Path summary = folder.resolve("summary.json");
    Path reportText = folder.resolve("report.txt");
    List<Path> statsFiles = statsFilesIn(folder);

    if ((forced == null || forced == InputFormat.GATLING) && Files.isRegularFile(simulationLog)) {
      return GatlingResultsReader.read(folder);
    }
    if ((forced == null || forced == InputFormat.JSON) && Files.isRegularFile(summary)) {
      return SummaryJsonReader.read(summary);
    }
    if ((forced == null || forced == InputFormat.CSV) && !statsFiles.isEmpty()) {
      if (statsFiles.size() > 1) {
        throw new InvalidInputException(role + " folder " + folder + " contains several Locust stats CSV files ("
            + names(statsFiles) + "). Pass the one file to compare.");
      }
      return read(statsFiles.get(0), InputFormat.CSV);
    }
    if ((forced == null || forced == InputFormat.TEXT) && Files.isRegularFile(reportText)) {
      return read(reportText, InputFormat.TEXT);
    }
    List<Path> runs = gatlingRunsIn(folder);
    if (!runs.isEmpty()) {
      throw new InvalidInputException(role + " folder " + folder + " contains " + runs.size() + " Gatling run(s) ("
          + names(runs) + ") but no report of its own. Pass one run folder.");
    }
    String kind = forced == null ? "" : forced.optionName() + " ";
    throw new InvalidInputException("no " + kind + "report found in " + role + " folder " + folder
        + ": expected simulation.log, summary.json, a PREFIX_stats.csv or requests_<ts>.csv file, or report.txt.");
  }

  /** Returns the failures CSV written with a stats CSV, or null when there is none (a run without failures). */
  static Path failuresFileFor(Path statsFile) {
    Path folder = statsFile.toAbsolutePath().getParent();
    String name = statsFile.getFileName().toString();
    if (name.endsWith(STATS_SUFFIX)) {
      Path failures = folder.resolve(name.substring(0, name.length() - STATS_SUFFIX.length()) + "_failures.csv");
      return Files.isRegularFile(failures) ? failures : null;
    }
    if (name.startsWith("requests_")) {
      // NOTE: the web UI names each download by its own time, so the failures file is found by its prefix and
      // is only used when exactly one sits in the folder.
      List<Path> failures = listFiles(folder, f -> f.startsWith("failures_") && f.endsWith(".csv"));
      return failures.size() == 1 ? failures.get(0) : null;
    }
    return null;
  }

  private static List<Path> statsFilesIn(Path folder) {
    return listFiles(folder, f -> f.endsWith(STATS_SUFFIX) || (f.startsWith("requests_") && f.endsWith(".csv")));
  }

  private static List<Path> gatlingRunsIn(Path folder) {
    List<Path> runs = new ArrayList<>();
    try (Stream<Path> children = Files.list(folder)) {
      children.filter(Files::isDirectory).filter(d -> Files.isRegularFile(d.resolve("simulation.log")))
          .sorted().forEach(runs::add);
    } catch (IOException e) {
      throw new InvalidInputException("failed to list folder " + folder + ": " + e.getMessage(), e);
    }
    return runs;
  }

  private static List<Path> listFiles(Path folder, Predicate<String> nameFilter) {
    try (Stream<Path> children = Files.list(folder)) {
      return children.filter(Files::isRegularFile).filter(p -> nameFilter.test(p.getFileName().toString()))
          .sorted().toList();
    } catch (IOException e) {
      throw new InvalidInputException("failed to list folder " + folder + ": " + e.getMessage(), e);
    }
  }

  private static byte[] readHead(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      throw new InvalidInputException("failed to read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Names an input whose files name no scenario after the folder that contains it: {@code u150} for
   * {@code quarks/u150/requests_1637051220.089372.csv}, since Locust's file names are generic or timestamps,
   * and {@code quarks} for a quarks-bench run folder {@code quarks-20261204-202712}.
   */
  private static String scenarioNameOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || parent.getFileName() == null) {
      return file.getFileName().toString();
    }
    Matcher runFolder = RUN_FOLDER.matcher(parent.getFileName().toString());
    return runFolder.matches() ? runFolder.group(1) : parent.getFileName().toString();
  }

  private static String names(List<Path> paths) {
    return String.join(", ", paths.stream().map(p -> p.getFileName().toString()).toList());
  }
}
