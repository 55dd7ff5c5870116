package org.quarksbench.simulation;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.quarksbench.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled reference servers, run as one child JVM ({@code org.quarksbench.server.ServerMain}) on
 * 127.0.0.1 for the length of a run.
 *
 * <p>{@link #start} returns once every node responds to {@code GET /health} with 200. {@link #close} stops the child;
 * a JVM shutdown hook does the same if the run ends without calling it. The child's output goes to a log
 * file, so the console keeps only the run's own output.
 */
public final class ServerProcess implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ServerProcess.class);
  private static final String MAIN_CLASS = "org.quarksbench.server.ServerMain";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

  private final Process process;
  private final Path logFile;
  private final Thread shutdownHook;
  private volatile boolean ready;

  private ServerProcess(Process process, Path logFile) {
    this.process = process;
    this.logFile = logFile;
    this.shutdownHook = new Thread(this::stopProcess, "server-process-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts the servers that the selected scenarios need and waits until they are ready.
   *
   * @param scenarios scenarios whose bundled server is needed (those without a user-given URL)
   * @param logFile where the child's output goes
   * @throws InvalidInputException if a port is taken
   * @throws IllegalStateException if the child exits or is not ready within 90 s
   */
  public static ServerProcess start(SuiteOptions options, List<ScenarioKind> scenarios, Path logFile)
      throws IOException, InterruptedException {
    List<Integer> ports = new ArrayList<>();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(classpath());
    command.add(MAIN_CLASS);
    command.add("--host");
    command.add("127.0.0.1");
    if (scenarios.contains(ScenarioKind.CENTRALIZED)) {
      command.add("--centralized");
      command.add("--centralized-port");
      command.add(Integer.toString(options.centralizedPort()));
      ports.add(options.centralizedPort());
    }
    if (scenarios.contains(ScenarioKind.QUARKS)) {
      command.add("--quarks");
      command.add("--gateway-ports");
      command.add(joinPorts(options.gatewayPorts()));
      ports.addAll(options.gatewayPorts());
    }
    if (options.keepData()) {
      command.add("--keep-data");
    }
    command.addAll(options.serverArgs());
    for (int port : ports) {
      checkPortFree(port);
    }

    Files.createDirectories(logFile.toAbsolutePath().getParent());
    log.info("Starting the reference servers ({}), log in {}", scenarioNames(scenarios), logFile);
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(logFile.toFile())
        .start();
    ServerProcess servers = new ServerProcess(process, logFile);
    try {
      servers.awaitReady(ports);
      servers.ready = true;
    } catch (RuntimeException | InterruptedException e) {
      servers.close();
      throw e;
    }
    return servers;
  }

  /** Returns the file that receives the servers' output. */
  public Path logFile() {
    return logFile;
  }

  @Override
  public void close() {
    if (ready && !process.isAlive()) {
      log.error("The reference servers exited during the run with code {}, so later requests failed."
          + " Their output ends with:\n{}", process.exitValue(), tail(logFile));
    }
    stopProcess();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down, and the hook is running or has run.
    }
  }

  private void stopProcess() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Reference servers did not stop within {} s of SIGTERM; killing them", STOP_TIMEOUT.toSeconds());
        process.destroyForcibly();
        process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady(List<Integer> ports) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    for (int port : ports) {
      URI health = URI.create("http://127.0.0.1:" + port + "/health");
      while (!isHealthy(client, health)) {
        if (!process.isAlive()) {
          String hint = process.exitValue() == 2
              ? " They rejected an option: check -DserverArgs and the port options." : "";
          throw new IllegalStateException("The reference servers exited with code " + process.exitValue()
              + " before they were ready." + hint + " Their output ends with:\n" + tail(logFile));
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("The reference servers were not ready within "
              + READY_TIMEOUT.toSeconds() + " s (" + health + "). Their output:\n" + tail(logFile));
        }
        Thread.sleep(100);
      }
    }
  }

  private static boolean isHealthy(HttpClient client, URI health) throws InterruptedException {
    try {
      HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build();
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  private static void checkPortFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new InvalidInputException("Port " + port + " on 127.0.0.1 is already in use: stop what listens"
          + " there, or move the bundled servers with -DcentralizedPort=... and -DgatewayPorts=a,b,c.");
    }
  }

  /**
   * Returns the classpath for the child JVM. Under Maven the harness runs with a manifest-only jar on
   * {@code java.class.path}, which the child can use as it is; tests may set {@code quarksbench.serverClasspath}.
   */
  private static String classpath() {
    String configured = System.getProperty("quarksbench.serverClasspath");
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    String surefire = System.getProperty("surefire.test.class.path");
    if (surefire != null && !surefire.isBlank()) {
      return surefire;
    }
    return System.getProperty("java.class.path");
  }

  private static String joinPorts(List<Integer> ports) {
    List<String> texts = new ArrayList<>();
    for (int port : ports) {
      texts.add(Integer.toString(port));
    }
    return String.join(",", texts);
  }

  private static String scenarioNames(List<ScenarioKind> scenarios) {
    List<String> names = new ArrayList<>();
    for (ScenarioKind scenario : scenarios) {
      names.add(scenario.tag());
    }
    return String.join(", ", names);
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e.getMessage() + ")";
    }
  }
}
