package org.quarksbench.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the folder Gatling creates for the current run under its results folder, by comparing the folders
 * that exist before the run with those after it.
 *
 * <p>Another run in the same project may start while this one runs and add its own folder. Gatling names
 * each folder after its run's start time, so the current run's folder is the oldest new one.
 */
final class RunFolders {
  private final Path resultsFolder;
  private final Set<Path> before = new HashSet<>();

  RunFolders(Path resultsFolder) {
    this.resultsFolder = resultsFolder;
  }

  Path resultsFolder() {
    return resultsFolder;
  }

  void snapshot() {
    before.clear();
    before.addAll(list());
  }

  /** Returns the oldest folder created since {@link #snapshot()} that contains a simulation.log. */
  Optional<Path> newRunFolder() {
    return list().stream()
        .filter(folder -> !before.contains(folder))
        .filter(folder -> Files.isRegularFile(folder.resolve("simulation.log")))
        .min(Comparator.comparing(RunFolders::startStamp));
  }

  /** Returns the {@code yyyyMMddHHmmssSSS} suffix Gatling gives a run folder, or the whole name without one. */
  private static String startStamp(Path folder) {
    String name = folder.getFileName().toString();
    return name.substring(name.lastIndexOf('-') + 1);
  }

  private List<Path> list() {
    if (!Files.isDirectory(resultsFolder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(resultsFolder)) {
      return entries.filter(Files::isDirectory).map(Path::toAbsolutePath).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + resultsFolder, e);
    }
  }
}
