package org.quarksbench.cli;

import java.io.PrintWriter;
import org.quarksbench.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/quarks-bench}: dispatches to the {@code report}, {@code compare} and {@code serve} commands. */
@Command(
    name = "quarks-bench",
    mixinStandardHelpOptions = true,
    versionProvider = QuarksBench.Version.class,
    description = "Locust-style reports, report comparison and reference servers for the Quarks load tests.",
    subcommands = {ReportCommand.class, CompareCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class QuarksBench {
  private static final Logger log = LoggerFactory.getLogger(QuarksBench.class);

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code; the handlers below turn every exception into one. */
  public static int run(String... args) {
    CommandLine commandLine = newCommandLine();
    return commandLine.execute(args);
  }

  /** Builds the command tree with the exit-code mapping shared by every command. */
  public static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new QuarksBench());
    commandLine.setExitCodeExceptionMapper(QuarksBench::exitCodeOf);
    commandLine.setExecutionExceptionHandler(QuarksBench::handleExecutionException);
    commandLine.setParameterExceptionHandler(QuarksBench::handleParameterException);
    return commandLine;
  }

  private static int exitCodeOf(Throwable exception) {
    return exception instanceof InvalidInputException ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL_ERROR;
  }

  private static int handleExecutionException(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (exception instanceof InvalidInputException) {
      err.println("error: " + exception.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    log.error("Internal error in '{}'", commandLine.getCommandName(), exception);
    err.println("internal error: " + exception + " (a bug in quarks-bench; the stack trace is above)");
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }

  private static int handleParameterException(CommandLine.ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("error: " + exception.getMessage());
    err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  /** Returns the version from the jar manifest, or "development build" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = QuarksBench.class.getPackage().getImplementationVersion();
      return new String[] {"quarks-bench " + (version == null ? "(development build)" : version)};
    }
  }
}
