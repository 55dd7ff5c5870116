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
    Builder builder = new Builder();
    boolean quoted = false;
    int start = text.startsWith("\uFEFF") ? 1 : 0;

    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        boolean doubledQuote = c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"';
        if (doubledQuote) {
          builder.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          builder.appendQuoted(c);
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
          builder.markContent();
        }
        case ',' -> builder.endField();
        case '\r' -> { }
        case '\n' -> builder.endLine();
        default -> builder.append(c);
      }
    }

    if (quoted) {
      return null;
    }
    builder.endLine();
    return new CsvTable(builder.records, builder.lineNumbers);
  }

  /** The records read so far and the record being read. */
  private static final class Builder {
    final List<List<String>> records = new ArrayList<>();
    final List<Integer> lineNumbers = new ArrayList<>();
    private List<String> record = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private boolean recordHasContent;
    private int line = 1;
    private int recordLine = 1;

    void append(char c) {
      field.append(c);
      recordHasContent = true;
    }

    /** Appends a character of a quoted field, which may be a line break inside the field. */
    void appendQuoted(char c) {
      if (c == '\n') {
        line++;
      }
      append(c);
    }

    void markContent() {
      recordHasContent = true;
    }

    void endField() {
      record.add(field.toString());
      field.setLength(0);
      recordHasContent = true;
    }

    /** Ends the current record at a line break outside quotes; blank lines add no record. */
    void endLine() {
      if (recordHasContent) {
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
  }
}
