package org.quarksbench.server.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The parameters of a URL query string. */
public final class QueryParameters {
  private final Map<String, String> values;

  private QueryParameters(Map<String, String> values) {
    this.values = values;
  }

  /** Parses a raw query such as {@code a=1&b=x%20y}; null gives no parameters. The first value of a name wins. */
  public static QueryParameters parse(String rawQuery) {
    Map<String, String> values = new HashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        values.putIfAbsent(name, value);
      }
    }
    return new QueryParameters(values);
  }

  /** Returns the parameter {@code name}, or throws a 400 {@link ApiException} naming it. */
  public String required(String name) {
    String value = values.get(name);
    if (value == null || value.isEmpty()) {
      throw ApiException.badRequest("The query parameter '" + name + "' is missing.");
    }
    return value;
  }

  /** Returns the parameter {@code name} as a long, {@code defaultValue} if absent, or a 400 if not a number. */
  public long longValue(String name, long defaultValue) {
    String value = values.get(name);
    if (value == null || value.isEmpty()) {
      return defaultValue;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("The query parameter '" + name + "' is '" + value + "', not an integer.");
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("The query string has an invalid escape in '" + text + "'.");
    }
  }
}
