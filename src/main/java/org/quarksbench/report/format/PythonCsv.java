package org.quarksbench.report.format;

import java.util.List;

/**
 * Rows in the dialect of Python's {@code csv.writer} defaults, which Locust's CSV files use.
 *
 * <p>Comma separator; a field is quoted only when it contains a comma, a double quote, CR or LF, and quotes
 * inside are doubled; every row ends with CRLF.
 */
final class PythonCsv {
  private final StringBuilder text = new StringBuilder();

  void row(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(quoted(fields.get(i)));
    }
    text.append("\r\n");
  }

  String text() {
    return text.toString();
  }

  private static String quoted(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
