package org.quarksbench.bench.doc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reader of {@code gatling-cpu.txt}, where {@code bin/benchmarks} writes the CPU ticks of a Gatling run
 * at the start and at the end of its load.
 */
final class GatlingLoadCpu {
  private GatlingLoadCpu() {}

  /** Returns the CPU seconds used during the load, or NaN when the file or a mark is missing. */
  static double read(Path runDirectory) {
    Path file = runDirectory.resolve("gatling-cpu.txt");
    if (!Files.isRegularFile(file)) {
      return Double.NaN;
    }
    Map<String, Double> values = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length == 2) {
          values.put(fields[0], Double.parseDouble(fields[1]));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return Double.NaN;
    }
    Double ticksPerSecond = values.get("ticks_per_second");
    Double start = values.get("load_start");
    Double end = values.get("load_end");
    if (ticksPerSecond == null || start == null || end == null || ticksPerSecond <= 0) {
      return Double.NaN;
    }
    return (end - start) / ticksPerSecond;
  }
}
