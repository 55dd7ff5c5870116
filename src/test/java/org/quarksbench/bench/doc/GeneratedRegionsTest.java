package org.quarksbench.bench.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratedRegionsTest {
  private static final List<String> ORDER = List.of("machine", "capacity", "truth");

  @Test
  void replacesOnlyTheTextBetweenMarkers() {
    String document = "# Benchmarks\n\nintro\n\n"
        + region("machine", "old machine") + "\n\n"
        + region("capacity", "old capacity") + "\n\n"
        + "## Analysis\n\nhand-written\n";

    String updated = GeneratedRegions.update(document, ORDER, Map.of("capacity", "new capacity"));

    assertEquals(
        "# Benchmarks\n\nintro\n\n" + region("machine", "old machine") + "\n\n" + region("capacity", "new capacity")
            + "\n\n## Analysis\n\nhand-written\n",
        updated);
  }

  @Test
  void keepsSectionsWrittenByOthers() {
    String report = "## Report pipeline\n\n| Records/s | Peak heap |\n|---|---|\n| 1 | 2 |\n";
    String document = "# Benchmarks\n\n" + region("capacity", "old") + "\n\n" + report;

    String updated = GeneratedRegions.update(document, ORDER, Map.of("capacity", "new", "machine", "m"));

    assertTrue(updated.endsWith(report), updated);
    assertTrue(updated.contains(region("capacity", "new")), updated);
  }

  @Test
  void insertsAMissingRegionAfterTheEarlierOne() {
    String document = "# Benchmarks\n\n" + region("machine", "m") + "\n\n## Analysis\n";

    String updated = GeneratedRegions.update(document, ORDER, Map.of("capacity", "c"));

    assertEquals("# Benchmarks\n\n" + region("machine", "m") + "\n\n" + region("capacity", "c") + "\n\n## Analysis\n", updated);
  }

  @Test
  void appendsRegionsInOrderToAFileWithoutMarkers() {
    Map<String, String> contents = new LinkedHashMap<>();
    contents.put("truth", "t");
    contents.put("machine", "m");

    String updated = GeneratedRegions.update("# Benchmarks\n", ORDER, contents);

    assertEquals("# Benchmarks\n\n" + region("machine", "m") + "\n\n" + region("truth", "t") + "\n", updated);
  }

  @Test
  void updateTwiceGivesTheSameText() {
    String once = GeneratedRegions.update("# B\n", ORDER, Map.of("machine", "m", "capacity", "c"));
    String twice = GeneratedRegions.update(once, ORDER, Map.of("machine", "m", "capacity", "c"));

    assertEquals(once, twice);
  }

  private static String region(String id, String content) {
    return GeneratedRegions.beginMarker(id) + "\n" + content + "\n" + GeneratedRegions.endMarker(id);
  }
}
