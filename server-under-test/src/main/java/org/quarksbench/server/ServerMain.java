package org.quarksbench.server;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Starts the reference servers in the foreground: prints one ready line on stdout and runs until the JVM
 * is asked to stop (SIGTERM, Ctrl-C), when a shutdown hook stops every node.
 */
@Command(name = "quarks-bench-servers", mixinStandardHelpOptions = true,
    description = "Runs the centralized server and the quarks network on loopback until stopped.")
public final class ServerMain implements Callable<Integer> {
  /** Exit codes, the same numbers as the harness's commands use. */
  static final int EXIT_OK = 0;
  static final int EXIT_INTERNAL_ERROR = 1;
  static final int EXIT_BAD_INPUT = 2;

  private static final Logger log = LoggerFactory.getLogger(ServerMain.class);

  @Mixin
  private ServerOptions options = new ServerOptions();

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Parses {@code args}, runs the servers until the JVM stops, and returns the exit code. */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new ServerMain());
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      exception.getCommandLine().getErr().println("error: " + exception.getMessage());
      exception.getCommandLine().getErr().println("Run with --help for the options.");
      return EXIT_BAD_INPUT;
    });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() {
    return serve(options, System.out, System.err);
  }

  /**
   * Starts the servers of {@code options}, prints the ready line to {@code out} and blocks until the JVM
   * shuts down. Returns at once with 2 for invalid options or a port in use, and 1 for other failures.
   */
  public static int serve(ServerOptions options, PrintStream out, PrintStream err) {
    ReferenceServers servers;
    try {
      servers = ReferenceServers.start(options);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return EXIT_BAD_INPUT;
    } catch (java.net.BindException e) {
      err.println("error: a port is in use (" + e.getMessage() + "); free it or choose others with"
          + " --centralized-port and --gateway-ports (0 picks a free port)");
      return EXIT_BAD_INPUT;
    } catch (IOException | SQLException e) {
      log.error("The reference servers failed to start", e);
      err.println("error: the servers failed to start: " + e.getMessage());
      return EXIT_INTERNAL_ERROR;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      servers.close();
      stopped.countDown();
    }, "quarks-bench-servers-shutdown"));
    if (options.keepData || options.dataDir != null) {
      err.println("data directory: " + servers.dataDir());
    }
    out.println(servers.readyLine());
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      servers.close();
    }
    return EXIT_OK;
  }
}
