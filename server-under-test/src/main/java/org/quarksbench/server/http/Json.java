package org.quarksbench.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The shared Jackson mapper and the conversions that every node uses. Thread-safe. */
public final class Json {
  public static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private Json() {}

  public static byte[] toBytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialize " + value.getClass().getName() + " to JSON", e);
    }
  }

  public static <T> T fromBytes(byte[] bytes, Class<T> type) {
    try {
      return MAPPER.readValue(bytes, type);
    } catch (IOException e) {
      throw new UncheckedIOException("invalid JSON for " + type.getSimpleName() + ": " + shorten(e.getMessage()), e);
    }
  }

  /**
   * Parses a node-to-node request body as {@code type}.
   *
   * @throws ApiException 400 when the body does not map to {@code type}
   */
  public static <T> T parseBody(byte[] body, Class<T> type) {
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw ApiException.badRequest("The request body is JSON null; send a " + type.getSimpleName() + " object.");
      }
      return value;
    } catch (IOException e) {
      throw ApiException.badRequest("The request body is not a valid " + type.getSimpleName() + ": "
          + shorten(e.getMessage()));
    }
  }

  /**
   * Parses a request body as one JSON object.
   *
   * @throws ApiException 400 when the body is empty, not JSON, or not an object
   */
  public static JsonNode parseObject(byte[] body) {
    if (body.length == 0) {
      throw ApiException.badRequest("The request body is empty; send a JSON object.");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (IOException e) {
      throw ApiException.badRequest("The request body is not valid JSON: " + shorten(e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest("The request body must be a JSON object, not " + describe(node) + ".");
    }
    return node;
  }

  /**
   * Returns the non-empty string field {@code name} of a request object.
   *
   * @throws ApiException 400 when the field is missing, not a string, empty, or longer than maxLength
   */
  public static String requiredString(JsonNode object, String name, int maxLength) {
    JsonNode field = object.get(name);
    if (field == null || field.isNull()) {
      throw ApiException.badRequest("The field '" + name + "' is missing; send it as a non-empty string.");
    }
    if (!field.isTextual()) {
      throw ApiException.badRequest(
          "The field '" + name + "' must be a string, not " + describe(field) + ".");
    }
    String value = field.textValue();
    if (value.isEmpty()) {
      throw ApiException.badRequest("The field '" + name + "' is empty; send a non-empty string.");
    }
    if (value.length() > maxLength) {
      throw ApiException.badRequest(
          "The field '" + name + "' has " + value.length() + " characters; the maximum is " + maxLength + ".");
    }
    return value;
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String shorten(String message) {
    String firstLine = message == null ? "" : message.lines().findFirst().orElse("");
    return firstLine.length() > 200 ? firstLine.substring(0, 200) + "..." : firstLine;
  }
}
