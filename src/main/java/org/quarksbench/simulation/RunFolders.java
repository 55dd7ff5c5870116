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

  /** Returns the newest folder created since {@link #snapshot()} that contains a simulation.log. */
  Optional<Path> newRunFolder() {
    return list().stream()
        .filter(folder -> !before.contains(folder))
        .filter(folder -> Files.isRegularFile(folder.resolve("simulation.log")))
        .max(Comparator.comparing(folder -> folder.getFileName().toString()));
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
