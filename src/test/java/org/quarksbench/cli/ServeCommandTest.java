package org.quarksbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {
  private static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine commandLine = QuarksBench.newCommandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void serveHelpListsServerOptions() {
    StringWriter out = new StringWriter();

    int code = run(out, new StringWriter(), "serve", "--help");

    assertEquals(ExitCodes.OK, code);
    assertTrue(out.toString().contains("--gateway-ports"), out.toString());
    assertTrue(out.toString().contains("--inject-latency"), out.toString());
    assertTrue(out.toString().contains("--overload-mode"), out.toString());
  }

  @Test
  void serveInvalidDurationIsBadInput() {
    StringWriter err = new StringWriter();

    int code = run(new StringWriter(), err, "serve", "--batch-timeout", "soon");

    assertEquals(ExitCodes.BAD_INPUT, code);
    assertTrue(err.toString().contains("--batch-timeout"), err.toString());
    assertTrue(err.toString().contains("500ms, 2s, 5m or 1h30m"), err.toString());
  }

  @Test
  void serveInvalidOverloadModeIsBadInput() {
    StringWriter err = new StringWriter();

    int code = run(new StringWriter(), err, "serve", "--overload-mode", "drop");

    assertEquals(ExitCodes.BAD_INPUT, code);
    assertTrue(err.toString().contains("use reject or close"), err.toString());
  }
}
