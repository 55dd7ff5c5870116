package org.quarksbench.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;

/** One HTTP request with its body read into memory (the server caps the body size). */
public record Request(String method, String path, String query, Headers headers, byte[] body) {
  /** Parses the body as a JSON object, or throws a 400 {@link ApiException}. */
  public JsonNode jsonObject() {
    return Json.parseObject(body);
  }

  /** Returns the first value of a request header, or null. */
  public String header(String name) {
    return headers.getFirst(name);
  }
}
