package org.quarksbench.report.format;

/** Python's {@code repr(str)}, which Locust hashes to order its failures CSV. */
final class PythonStrings {
  private PythonStrings() {}

  /**
   * Returns the repr: single quotes unless the text contains a single quote and no double quote; backslash,
   * the chosen quote, tab, LF and CR escaped, and other control characters as {@code \xNN} or {@code \\uNNNN}.
   *
   * <p>NOTE: Python also escapes printable-looking characters that Unicode does not class as printable (such as
   * U+00A0 or unassigned code points); only C0, DEL and C1 controls are escaped here.
   */
  static String repr(String text) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == quote || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
        out.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(quote).toString();
  }
}
