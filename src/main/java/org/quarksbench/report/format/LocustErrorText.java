package org.quarksbench.report.format;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords Gatling's KO messages as the exception text Locust prints for the same failure.
 *
 * <p>The wording is that of Locust 2.2 to 2.13 run standalone with {@code HttpSession} and no {@code name=}
 * label, the versions behind both layouts: the innermost socket exception's {@code repr}, and for HTTP
 * status failures requests' {@code HTTPError} with the full URL. Locust 2.14.1 and later put the request name
 * in place of the URL. Messages not in the table pass through unchanged.
 *
 * <table>
 *   <caption>Gatling 3.16.0 message (Linux) and Locust text</caption>
 *   <tr><td>{@code status.find.in([200, 209], 304), found 500}</td>
 *       <td>{@code HTTPError('500 Server Error: Internal Server Error for url: http://host:port/path')}, for 400-599</td></tr>
 *   <tr><td>{@code j.n.ConnectException: ...Connection refused}</td>
 *       <td>{@code ConnectionRefusedError(111, 'Connection refused')}</td></tr>
 *   <tr><td>a message containing {@code Connection reset}</td>
 *       <td>{@code ConnectionResetError(104, 'Connection reset by peer')}</td></tr>
 *   <tr><td>{@code i.g.h.c.i.PrematureCloseException: Premature close}</td>
 *       <td>{@code RemoteDisconnected('Remote end closed connection without response')}</td></tr>
 *   <tr><td>{@code Request timeout to host/ip:port after 1000 ms}</td>
 *       <td>{@code ReadTimeout(ReadTimeoutError("HTTPConnectionPool(host='host', port=port): Read timed out. (read timeout=1.0)"))}</td></tr>
 * </table>
 */
public final class LocustErrorText {
  private static final Pattern STATUS_CHECK = Pattern.compile("status\\.find\\.(?:in|is|not)\\(.*\\), found (\\d{3})");
  private static final Pattern CONNECTION_REFUSED = Pattern.compile(".*ConnectException: .*Connection refused.*");
  private static final Pattern CONNECTION_RESET = Pattern.compile(".*Connection reset.*");
  private static final Pattern PREMATURE_CLOSE = Pattern.compile(".*PrematureCloseException: Premature close.*");
  private static final Pattern REQUEST_TIMEOUT =
      Pattern.compile("Request timeout to ([^/\\s]*)/[^\\s]*:(\\d+) after (\\d+) ms");

  private static final List<Map.Entry<Pattern, BiFunction<Matcher, String, String>>> RULES = List.of(
      Map.entry(STATUS_CHECK, LocustErrorText::httpError),
      Map.entry(CONNECTION_REFUSED, (match, url) -> "ConnectionRefusedError(111, 'Connection refused')"),
      Map.entry(CONNECTION_RESET, (match, url) -> "ConnectionResetError(104, 'Connection reset by peer')"),
      Map.entry(PREMATURE_CLOSE, (match, url) -> "RemoteDisconnected('Remote end closed connection without response')"),
      Map.entry(REQUEST_TIMEOUT, LocustErrorText::readTimeout));

  private LocustErrorText() {}

  /**
   * Returns Locust's text for a Gatling KO message.
   *
   * @param gatlingMessage the message from the REQUEST record
   * @param name the request name without the method, e.g. {@code /sendMessage}
   * @param targetBaseUrl the scenario's base URL such as {@code http://127.0.0.1:3000}, or null when unknown;
   *     then HTTP errors name the request instead of the full URL
   */
  public static String of(String gatlingMessage, String name, String targetBaseUrl) {
    String url = targetBaseUrl == null || !name.startsWith("/") ? name : stripTrailingSlash(targetBaseUrl) + name;
    for (Map.Entry<Pattern, BiFunction<Matcher, String, String>> rule : RULES) {
      Matcher match = rule.getKey().matcher(gatlingMessage);
      if (match.matches()) {
        String text = rule.getValue().apply(match, url);
        if (text != null) {
          return text;
        }
      }
    }
    return gatlingMessage;
  }

  private static String httpError(Matcher match, String url) {
    int status = Integer.parseInt(match.group(1));
    String kind;
    if (status >= 400 && status < 500) {
      kind = "Client Error";
    } else if (status >= 500 && status < 600) {
      kind = "Server Error";
    } else {
      // requests raises HTTPError only for 4xx and 5xx; Locust would count other statuses as successes.
      return null;
    }
    return "HTTPError('" + status + " " + kind + ": " + HttpReasonPhrases.of(status) + " for url: " + url + "')";
  }

  private static String readTimeout(Matcher match, String url) {
    String host = match.group(1).isEmpty() ? "127.0.0.1" : match.group(1);
    String port = match.group(2);
    double timeoutSeconds = Long.parseLong(match.group(3)) / 1000.0;
    return "ReadTimeout(ReadTimeoutError(\"HTTPConnectionPool(host='" + host + "', port=" + port
        + "): Read timed out. (read timeout=" + PythonNumbers.repr(timeoutSeconds) + ")\"))";
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
