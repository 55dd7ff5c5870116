package org.quarksbench.report.stats;

import java.util.Comparator;
import java.util.Set;

/**
 * The identity of one table row: request name and HTTP method, ordered as Locust sorts its rows.
 *
 * <p>Locust sorts by (name, method) in code-point order, so {@code POST /a} comes before {@code GET /b}.
 *
 * @param method HTTP method, empty when the request name does not start with one
 * @param name request name without the method
 */
public record EndpointKey(String method, String name) implements Comparable<EndpointKey> {
  private static final Set<String> HTTP_METHODS =
      Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT");

  private static final Comparator<String> CODE_POINT_ORDER = EndpointKey::compareCodePoints;
  private static final Comparator<EndpointKey> ORDER =
      Comparator.comparing(EndpointKey::name, CODE_POINT_ORDER).thenComparing(EndpointKey::method, CODE_POINT_ORDER);

  /**
   * Splits a Gatling request name such as {@code POST /sendMessage} into method and name at the first space,
   * when the first word is an HTTP method; otherwise the method is empty and the whole text is the name.
   */
  public static EndpointKey parse(String requestName) {
    int space = requestName.indexOf(' ');
    if (space > 0 && HTTP_METHODS.contains(requestName.substring(0, space))) {
      return new EndpointKey(requestName.substring(0, space), requestName.substring(space + 1));
    }
    return new EndpointKey("", requestName);
  }

  @Override
  public int compareTo(EndpointKey other) {
    return ORDER.compare(this, other);
  }

  /** Compares like Python's {@code str} ordering: by code point, so characters beyond U+FFFF sort last. */
  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
