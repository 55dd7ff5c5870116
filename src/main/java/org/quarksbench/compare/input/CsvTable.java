package org.quarksbench.compare.input;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV text split into records, in the dialect of Python's {@code csv} module that Locust writes.
 *
 * <p>Fields are separated by commas and quoted with double quotes when they contain a comma, a quote or a
 * line break; a quote inside a quoted field is doubled. Records end with CRLF or LF; quoted fields may
 * span lines (Locust's tracebacks do). Immutable.
 *
 * @param records the records in file order, the header first
 * @param lineNumbers the 1-based line on which each record starts, for error messages
 */
record CsvTable(List<List<String>> records, List<Integer> lineNumbers) {
  CsvTable {
    records = List.copyOf(records);
    lineNumbers = List.copyOf(lineNumbers);
  }

  /** Splits {@code text}; returns null when a quoted field is never closed (a file cut inside a field). */
  static CsvTable parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean recordHasContent = false;
    int line = 1;
    int recordLine = 1;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
          recordHasContent = true;
        }
        case ',' -> {
          record.add(field.toString());
          field.setLength(0);
          recordHasContent = true;
        }
        case '\r' -> { }
        case '\n' -> {
          if (recordHasContent || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
            lineNumbers.add(recordLine);
          }
          record = new ArrayList<>();
          field.setLength(0);
          recordHasContent = false;
          line++;
          recordLine = line;
        }
        default -> {
          field.append(c);
          recordHasContent = true;
        }
      }
    }
    if (quoted) {
      return null;
    }
    if (recordHasContent || field.length() > 0) {
      record.add(field.toString());
      records.add(record);
      lineNumbers.add(recordLine);
    }
    return new CsvTable(records, lineNumbers);
  }
}
