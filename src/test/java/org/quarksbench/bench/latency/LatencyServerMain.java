package org.quarksbench.bench.latency;

import java.util.concurrent.CountDownLatch;
import org.quarksbench.cli.ExitCodes;

/**
 * Command line of {@link StallingLatencyServer}: runs it in the foreground until the process is stopped.
 *
 * <p>Usage: {@code LatencyServerMain --port 18090 --base-min-ms 5 --base-max-ms 15 --period-ms 5000
 * --stall-ms 500}. Every option has the default shown. Invalid options exit with code 2.
 */
public final class LatencyServerMain {
  private LatencyServerMain() {}

  public static void main(String[] args) throws Exception {
    int port = 18090;
    double baseMinMillis = 5;
    double baseMaxMillis = 15;
    long periodMillis = 5000;
    long stallMillis = 500;
    StallModel model;
    try {
      for (int i = 0; i < args.length; i += 2) {
        String option = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value after " + option);
        }
        String value = args[i + 1];
        switch (option) {
          case "--port" -> port = Integer.parseInt(value);
          case "--base-min-ms" -> baseMinMillis = Double.parseDouble(value);
          case "--base-max-ms" -> baseMaxMillis = Double.parseDouble(value);
          case "--period-ms" -> periodMillis = Long.parseLong(value);
          case "--stall-ms" -> stallMillis = Long.parseLong(value);
          default -> throw new IllegalArgumentException(
              "unknown option '" + option + "': expected --port, --base-min-ms, --base-max-ms, --period-ms or --stall-ms");
        }
      }
      model = new StallModel(baseMinMillis, baseMaxMillis, periodMillis, stallMillis);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(ExitCodes.BAD_INPUT);
      return;
    }

    StallingLatencyServer server = StallingLatencyServer.start(model, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "latency-server-shutdown"));
    stopped.await();
  }
}
