package org.quarksbench.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocustErrorTextTest {
  private static final String TARGET = "http://127.0.0.1:3000";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "status.find.in([200, 209], 304), found 500 | HTTPError('500 Server Error: Internal Server Error for url: "
        + "http://127.0.0.1:3000/sendMessage')",
    "status.find.in([200, 209], 304), found 403 | HTTPError('403 Client Error: Forbidden for url: "
        + "http://127.0.0.1:3000/sendMessage')",
    "status.find.is(201), found 599 | HTTPError('599 Server Error:  for url: http://127.0.0.1:3000/sendMessage')",
    "j.n.ConnectException: finishConnect(..) failed with error(-111): Connection refused | "
        + "ConnectionRefusedError(111, 'Connection refused')",
    "j.n.ConnectException: Connection refused | ConnectionRefusedError(111, 'Connection refused')",
    "i.n.c.u.Errors$NativeIoException: recvAddress(..) failed with error(-104): Connection reset by peer | "
        + "ConnectionResetError(104, 'Connection reset by peer')",
    "j.n.SocketException: Connection reset | ConnectionResetError(104, 'Connection reset by peer')",
    "i.g.h.c.i.PrematureCloseException: Premature close | "
        + "RemoteDisconnected('Remote end closed connection without response')",
    "Request timeout to 127.0.0.1/127.0.0.1:18931 after 1000 ms | ReadTimeout(ReadTimeoutError(\"HTTPConnectionPool("
        + "host='127.0.0.1', port=18931): Read timed out. (read timeout=1.0)\"))",
    "Request timeout to localhost/127.0.0.1:3001 after 110 ms | ReadTimeout(ReadTimeoutError(\"HTTPConnectionPool("
        + "host='localhost', port=3001): Read timed out. (read timeout=0.11)\"))",
    "jsonPath($.id).find.exists, found nothing | jsonPath($.id).find.exists, found nothing",
    "status.find.in([200, 209], 304), found 302 | status.find.in([200, 209], 304), found 302"
  })
  void mapsGatlingMessage(String gatlingMessage, String expected) {
    assertEquals(expected, LocustErrorText.of(gatlingMessage, "/sendMessage", TARGET));
  }

  @Test
  void unknownTargetNamesTheRequest() {
    assertEquals("HTTPError('500 Server Error: Internal Server Error for url: /sendMessage')",
        LocustErrorText.of("status.find.in([200, 209], 304), found 500", "/sendMessage", null));
  }

  @Test
  void nameWithoutPathIsKeptAsUrl() {
    assertEquals("HTTPError('404 Client Error: Not Found for url: retry / GET /readMessage')",
        LocustErrorText.of("status.find.in([200, 209], 304), found 404", "retry / GET /readMessage", TARGET + "/"));
  }
}
