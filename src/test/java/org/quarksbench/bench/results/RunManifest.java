package org.quarksbench.bench.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarksbench.InvalidInputException;

/**
 * Reader of {@code runs.tsv}, the list of runs that {@code bin/benchmarks} writes: one tab-separated line
 * per run with section, case, repeat, kind, run folder (relative to the results folder), parameters as
 * {@code key=value} pairs separated by {@code ;}, and the command.
 */
public final class RunManifest {
  private static final int COLUMNS = 7;

  private RunManifest() {}

  public static List<RunRecord> read(Path resultsDirectory) throws IOException {
    Path manifest = resultsDirectory.resolve("runs.tsv");
    if (!Files.isRegularFile(manifest)) {
      throw new InvalidInputException(
          "missing " + manifest + ": pass the results folder that bin/benchmarks wrote");
    }
    List<RunRecord> runs = new ArrayList<>();
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != COLUMNS) {
        throw new InvalidInputException(
            "invalid line " + (i + 1) + " of " + manifest + ": expected " + COLUMNS
                + " tab-separated fields but found " + fields.length);
      }
      runs.add(
          new RunRecord(
              fields[0],
              fields[1],
              fields[2],
              fields[3],
              resultsDirectory.resolve(fields[4]),
              parseParameters(fields[5]),
              fields[6]));
    }
    return runs;
  }

  static Map<String, String> parseParameters(String text) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : text.split(";")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
      }
    }
    return parameters;
  }
}
