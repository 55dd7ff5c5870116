package org.quarksbench.compare;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.quarksbench.cli.QuarksBench;
import picocli.CommandLine;

/**
 * One run of {@code quarks-bench compare} through the same command tree and exit-code mapping as
 * {@link QuarksBench#run(String...)}, with its output and error streams captured.
 */
public record CompareRun(int exitCode, String out, String err) {
  public static CompareRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = QuarksBench.newCommandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] fullArgs = new String[args.length + 1];
    fullArgs[0] = "compare";
    System.arraycopy(args, 0, fullArgs, 1, args.length);
    int exitCode = commandLine.execute(fullArgs);
    return new CompareRun(exitCode, out.toString(), err.toString());
  }

  /** Describes the run for assertion messages. */
  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
