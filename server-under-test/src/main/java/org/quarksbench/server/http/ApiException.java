package org.quarksbench.server.http;

/**
 * A request that a handler rejects with a 4xx or 5xx status and the JSON error body
 * {@code {"error": code, "detail": detail}}.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;

  public ApiException(int status, String code, String detail) {
    super(detail);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400..599 but was " + status);
    }
    this.status = status;
    this.code = code;
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(400, "invalid_request", detail);
  }

  public static ApiException forbidden(String code, String detail) {
    return new ApiException(403, code, detail);
  }

  public static ApiException overloaded(String detail) {
    return new ApiException(503, "overloaded", detail);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String detail() {
    return getMessage();
  }
}
