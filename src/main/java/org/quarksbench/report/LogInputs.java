package org.quarksbench.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.quarksbench.InvalidInputException;

/**
 * Finds the simulation.log files named by the user's inputs, and the target URLs stored beside them.
 *
 * <p>An input is a simulation.log file, a Gatling results folder that contains one, or a folder holding exactly
 * one results folder (such as {@code target/gatling} after one run).
 */
final class LogInputs {
  static final String LOG_FILE = "simulation.log";
  /** File the simulation writes into its results folder: lines {@code <scenario>=<base URL>}. */
  static final String TARGETS_FILE = "quarks-bench-targets.properties";

  private final List<Path> logFiles;
  private final Map<String, String> targetUrls;

  private LogInputs(List<Path> logFiles, Map<String, String> targetUrls) {
    this.logFiles = logFiles;
    this.targetUrls = targetUrls;
  }

  /**
   * Resolves the inputs.
   *
   * @throws InvalidInputException if an input is missing, names no log, contains several runs, or repeats a log
   */
  static LogInputs resolve(List<Path> inputs) {
    if (inputs == null || inputs.isEmpty()) {
      throw new InvalidInputException("no input given; pass a Gatling results folder or a simulation.log file.");
    }
    List<Path> files = new ArrayList<>();
    List<Path> realFiles = new ArrayList<>();
    Map<String, String> targets = new LinkedHashMap<>();
    for (Path input : inputs) {
      Path file = logFileOf(input);
      Path realFile = realPath(file);
      if (realFiles.contains(realFile)) {
        throw new InvalidInputException(input + ": this log is given twice (" + file + "); merging a log with itself "
            + "would double its counts. Pass each log once.");
      }
      realFiles.add(realFile);
      files.add(file);
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        readTargets(parent.resolve(TARGETS_FILE)).forEach(targets::putIfAbsent);
      }
    }
    return new LogInputs(List.copyOf(files), Map.copyOf(targets));
  }

  List<Path> logFiles() {
    return logFiles;
  }

  /** Returns the URLs read from the results folders' targets files, the first file winning per scenario. */
  Map<String, String> targetUrls() {
    return targetUrls;
  }

  private static Path logFileOf(Path input) {
    if (Files.isRegularFile(input)) {
      return input;
    }
    if (!Files.isDirectory(input)) {
      throw new InvalidInputException(input + ": no such file or folder; pass a Gatling results folder "
          + "(e.g. target/gatling/<simulation>-<timestamp>) or its simulation.log.");
    }
    Path direct = input.resolve(LOG_FILE);
    if (Files.isRegularFile(direct)) {
      return direct;
    }
    List<Path> runs = runFoldersIn(input);
    if (runs.isEmpty()) {
      throw new InvalidInputException(input + ": the folder contains no simulation.log, neither directly nor in a "
          + "results folder inside it; pass the results folder of a run that wrote one.");
    }
    if (runs.size() > 1) {
      StringBuilder names = new StringBuilder();
      for (int i = 0; i < runs.size() && i < 5; i++) {
        names.append(i == 0 ? "" : ", ").append(runs.get(i).getFileName());
      }
      if (runs.size() > 5) {
        names.append(", ...");
      }
      throw new InvalidInputException(input + ": the folder contains " + runs.size() + " runs (" + names + "); pass "
          + "one results folder, e.g. " + runs.get(runs.size() - 1) + ", or several to merge logs of one run.");
    }
    return runs.get(0).resolve(LOG_FILE);
  }

  private static List<Path> runFoldersIn(Path folder) {
    try (Stream<Path> children = Files.list(folder)) {
      return children.filter(child -> Files.isRegularFile(child.resolve(LOG_FILE))).sorted().toList();
    } catch (IOException e) {
      throw new InvalidInputException(folder + ": could not list the folder (" + e.getMessage() + ").", e);
    }
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      throw new InvalidInputException(file + ": could not read the file (" + e.getMessage() + ").", e);
    }
  }

  private static Map<String, String> readTargets(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidInputException(file + ": could not read the target URLs (" + e.getMessage() + "); fix or "
          + "delete the file, which contains lines <scenario>=<base URL>.", e);
    }
    Map<String, String> urls = new LinkedHashMap<>();
    for (String scenario : properties.stringPropertyNames()) {
      String url = properties.getProperty(scenario).strip();
      try {
        urls.put(scenario, ReportOptions.checkedUrl(scenario, url));
      } catch (InvalidInputException e) {
        throw new InvalidInputException(file + ": " + e.getMessage());
      }
    }
    return urls;
  }
}
