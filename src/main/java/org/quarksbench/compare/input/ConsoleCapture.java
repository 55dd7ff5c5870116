package org.quarksbench.compare.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quarksbench.InvalidInputException;

/**
 * The parts of a console capture that contain final summaries, read in one streaming pass.
 *
 * <p>quarks-bench prints each scenario's tables under a line {@code === <scenario> ===}; each such line
 * starts a section. A Locust capture has no such line and is one section. Of each section only the lines
 * from its last request-table header on are kept, so memory stays bounded by one summary however many
 * periodic tables Locust printed before it.
 */
final class ConsoleCapture {
  private static final Pattern SCENARIO_LINE = Pattern.compile("^=== (.+) ===$");

  /**
   * One section of the capture.
   *
   * @param scenario the scenario named by its {@code ===} line, or null for text before any such line
   * @param startLineNumber 1-based line of the {@code ===} line, or 1
   * @param firstLineNumber 1-based line of {@code lines.get(0)}, the last request-table header
   * @param lines lines from that header to the end of the section; empty when the section has no table
   */
  record Section(String scenario, int startLineNumber, int firstLineNumber, List<String> lines) {}

  private ConsoleCapture() {}

  static List<Section> read(Path file) {
    List<Section> sections = new ArrayList<>();
    String scenario = null;
    int startLineNumber = 1;
    int firstLineNumber = 0;
    List<String> lines = new ArrayList<>();

    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        Matcher marker = SCENARIO_LINE.matcher(line);
        if (marker.matches()) {
          sections.add(new Section(scenario, startLineNumber, firstLineNumber, lines));
          scenario = marker.group(1);
          startLineNumber = lineNumber;
          firstLineNumber = 0;
          lines = new ArrayList<>();
          continue;
        }
        if (ConsoleTableRows.isRequestHeader(line)) {
          lines.clear();
          firstLineNumber = lineNumber;
        }
        if (firstLineNumber > 0) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException("failed to read " + file + ": " + e.getMessage(), e);
    }

    sections.add(new Section(scenario, startLineNumber, firstLineNumber, lines));
    return sections;
  }
}
