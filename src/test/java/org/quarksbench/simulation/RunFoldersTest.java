package org.quarksbench.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFoldersTest {
  @TempDir Path results;

  private Path runFolder(String name, boolean withLog) throws IOException {
    Path folder = Files.createDirectories(results.resolve(name));
    if (withLog) {
      Files.writeString(folder.resolve("simulation.log"), "");
    }
    return folder.toAbsolutePath();
  }

  @Test
  void ignoresFoldersFromEarlierRuns() throws IOException {
    runFolder("messagingsimulation-20261204100000000", true);
    RunFolders folders = new RunFolders(results);
    folders.snapshot();
    Path current = runFolder("messagingsimulation-20261204110000000", true);

    assertEquals(current, folders.newRunFolder().orElseThrow());
  }

  @Test
  void picksOldestNewFolder() throws IOException {
    RunFolders folders = new RunFolders(results);
    folders.snapshot();
    Path current = runFolder("messagingsimulation-20261204110000000", true);
    runFolder("openratesimulation-20261204110500000", true);
    runFolder("messagingsimulation-20261204111000000", true);

    assertEquals(current, folders.newRunFolder().orElseThrow());
  }

  @Test
  void skipsFoldersWithoutLog() throws IOException {
    RunFolders folders = new RunFolders(results);
    folders.snapshot();
    runFolder("messagingsimulation-20261204110000000", false);

    assertTrue(folders.newRunFolder().isEmpty());
  }
}
