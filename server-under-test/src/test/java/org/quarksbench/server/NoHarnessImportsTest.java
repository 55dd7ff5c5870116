package org.quarksbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The reference servers must build and run without the harness, so they may only name their own packages. */
class NoHarnessImportsTest {
  private static final Pattern HARNESS_REFERENCE = Pattern.compile("org\\.quarksbench\\.(?!server\\b)[A-Za-z_]+");

  @Test
  void serverSourcesReferenceNoHarnessPackage() throws IOException {
    Path root = Paths.get("server-under-test", "src", "main", "java");
    assertTrue(Files.isDirectory(root), "run from the project root; missing " + root.toAbsolutePath());

    List<String> violations = new ArrayList<>();
    int files = 0;
    try (Stream<Path> sources = Files.walk(root)) {
      for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
        files++;
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher matcher = HARNESS_REFERENCE.matcher(lines.get(i));
          if (matcher.find()) {
            violations.add(root.relativize(source) + ":" + (i + 1) + " names " + matcher.group());
          }
        }
      }
    }

    assertTrue(files > 20, "expected the server sources under " + root + " but found " + files + " files");
    assertEquals(List.of(), violations, "server code must not depend on the harness");
  }

  @Test
  void scannerFlagsHarnessReference() {
    assertTrue(HARNESS_REFERENCE.matcher("import org.quarksbench.cli.ExitCodes;").find());
    assertTrue(HARNESS_REFERENCE.matcher("throw new org.quarksbench.InvalidInputException(m);").find());
    assertTrue(!HARNESS_REFERENCE.matcher("import org.quarksbench.server.http.Json;").find());
    assertTrue(HARNESS_REFERENCE.matcher("import org.quarksbench.serverx.Thing;").find());
  }
}
