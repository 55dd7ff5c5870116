package org.quarksbench.bench.doc;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured Markdown table, built row by row. Pipes inside cells are escaped. */
final class MarkdownTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  MarkdownTable(String... header) {
    this.header = List.of(header);
  }

  MarkdownTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells but the table has " + header.size() + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  String render() {
    StringBuilder text = new StringBuilder();
    appendRow(text, header);
    text.append('|');
    text.append("---|".repeat(header.size()));
    text.append('\n');
    for (List<String> row : rows) {
      appendRow(text, row);
    }
    return text.toString();
  }

  private static void appendRow(StringBuilder text, List<String> cells) {
    text.append('|');
    for (String cell : cells) {
      text.append(' ').append(cell.replace("|", "\\|")).append(" |");
    }
    text.append('\n');
  }
}
