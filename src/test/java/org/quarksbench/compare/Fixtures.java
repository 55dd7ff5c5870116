package org.quarksbench.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Locates the test inputs: copied fixtures in test resources, and third-party data read in place. */
public final class Fixtures {
  private Fixtures() {}

  /** Returns a file under {@code src/test/resources/compare/}. */
  public static Path resource(String relativePath) {
    URL url = Fixtures.class.getResource("/compare/" + relativePath);
    if (url == null) {
      throw new IllegalArgumentException("no test resource compare/" + relativePath);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad resource URL " + url, e);
    }
  }

  /**
   * Returns the folder of the Quarks researchers' 2021 Locust CSV files, or null when this machine lacks it.
   * Those files are third-party data and stay outside the repository; the system property
   * {@code quarksbench.sharedFixtures} may point at the folder holding {@code quarks-network-2021}.
   */
  public static Path researchersData() {
    List<String> candidates = List.of(
        System.getProperty("quarksbench.sharedFixtures", "../shared/fixtures"),
        "../../shared/fixtures",
        "/work/shared/fixtures");
    for (String candidate : candidates) {
      Path folder = Path.of(candidate, "quarks-network-2021");
      if (Files.isDirectory(folder)) {
        return folder;
      }
    }
    return null;
  }

  /** Writes {@code text} to a new file in {@code folder} and returns its path. */
  public static Path write(Path folder, String name, String text) {
    try {
      return Files.writeString(folder.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the first {@code count} lines of a file, joined with newlines, to simulate a cut capture. */
  public static String firstLines(Path file, int count) {
    try {
      List<String> lines = Files.readAllLines(file);
      return String.join("\n", lines.subList(0, count)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
