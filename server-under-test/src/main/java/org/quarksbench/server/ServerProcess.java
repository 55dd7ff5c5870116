package org.quarksbench.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ServerMain} in a child JVM with this JVM's class path: started, awaited until its ready line, and
 * stopped with SIGTERM (then SIGKILL) by {@link #close}. A daemon thread reads the child's merged stdout and
 * stderr for as long as the child runs and copies it to a log file. So the child does not block on a full
 * pipe, even when the log file cannot be written.
 */
public final class ServerProcess implements AutoCloseable {
  /** Start of the line that {@link ServerMain} prints once every node accepts requests. */
  public static final String READY_PREFIX = "quarks-bench servers ready:";

  private static final Logger log = LoggerFactory.getLogger(ServerProcess.class);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

  private final Process process;
  private final Path logFile;
  private final String readyLine;

  private ServerProcess(Process process, Path logFile, String readyLine) {
    this.process = process;
    this.logFile = logFile;
    this.readyLine = readyLine;
  }

  /**
   * Starts {@code ServerMain} with {@code serverArgs} and returns once it printed its ready line.
   *
   * @param jvmOptions options of the child JVM, such as {@code -Xmx512m}
   * @param logFile receives the child's stdout and stderr
   * @throws IOException if the child cannot start, exits, or prints no ready line within {@code readyTimeout};
   *     the message names the log file
   */
  public static ServerProcess start(List<String> jvmOptions, List<String> serverArgs, Path logFile,
      Duration readyTimeout) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ServerMain.class.getName());
    command.addAll(serverArgs);
    Path parent = logFile.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<String> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> copyOutput(process, logFile, ready), "server-process-output");
    reader.setDaemon(true);
    reader.start();

    String line = awaitReady(process, ready, readyTimeout, logFile);
    log.info("reference servers started as process {}: {}", process.pid(), line);
    return new ServerProcess(process, logFile, line);
  }

  private static String awaitReady(Process process, CompletableFuture<String> ready, Duration timeout, Path logFile)
      throws IOException {
    try {
      String line = ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (line != null) {
        return line;
      }
    } catch (TimeoutException e) {
      destroy(process);
      throw new IOException("the reference servers printed no ready line within " + timeout.toMillis()
          + " ms; see " + logFile);
    } catch (ExecutionException e) {
      destroy(process);
      throw new IOException("failed to read the output of the reference servers; see " + logFile, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      destroy(process);
      throw new IOException("interrupted while waiting for the reference servers", e);
    }
    destroy(process);
    throw new IOException("the reference servers exited before they were ready; see " + logFile);
  }

  private static void copyOutput(Process process, Path logFile, CompletableFuture<String> ready) {
    Writer logWriter = openLog(logFile);
    try (BufferedReader output = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = output.readLine()) != null) {
        if (!ready.isDone() && line.startsWith(READY_PREFIX)) {
          ready.complete(line);
        }
        logWriter = writeLine(logWriter, logFile, line);
      }
      ready.complete(null);
    } catch (IOException e) {
      ready.completeExceptionally(e);
    } finally {
      closeLog(logWriter);
    }
  }

  private static Writer openLog(Path logFile) {
    try {
      return Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      log.warn("cannot write the reference servers' output to {}; it is dropped", logFile, e);
      return null;
    }
  }

  /** Appends {@code line} to the log; after a write failure the output is still read, so the child never waits. */
  private static Writer writeLine(Writer logWriter, Path logFile, String line) {
    if (logWriter == null) {
      return null;
    }
    try {
      logWriter.write(line);
      logWriter.write('\n');
      logWriter.flush();
      return logWriter;
    } catch (IOException e) {
      log.warn("failed to write the reference servers' output to {}; the rest is dropped", logFile, e);
      closeLog(logWriter);
      return null;
    }
  }

  private static void closeLog(Writer logWriter) {
    if (logWriter == null) {
      return;
    }
    try {
      logWriter.close();
    } catch (IOException e) {
      log.debug("failed to close the reference servers' log", e);
    }
  }

  public String readyLine() {
    return readyLine;
  }

  /**
   * Returns the URLs after {@code name=} in the ready line, such as {@code centralized}, {@code quarks} (three
   * gateways) or, for a single-node role, {@code orderer} or {@code peer-org1}; empty if the name is absent.
   */
  public List<String> urls(String name) {
    Matcher matcher = Pattern.compile("(?:^| )" + Pattern.quote(name) + "=(\\S+)").matcher(readyLine);
    return matcher.find() ? Arrays.asList(matcher.group(1).split(",")) : List.of();
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path logFile() {
    return logFile;
  }

  /** Kills the child with SIGKILL, so no shutdown hook runs, and waits for it to end. */
  public void kill() throws IOException {
    process.destroyForcibly();
    awaitExit(STOP_TIMEOUT);
  }

  /** Stops the child with SIGTERM so its shutdown hook stops every node, or with SIGKILL after 20 s. */
  @Override
  public void close() throws IOException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.warn("reference servers (process {}) did not stop within {} s of SIGTERM; killing them", process.pid(),
        STOP_TIMEOUT.toSeconds());
    kill();
  }

  private void awaitExit(Duration timeout) throws IOException {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IOException("process " + process.pid() + " did not end within " + timeout.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for process " + process.pid() + " to end", e);
    }
  }

  private static void destroy(Process process) {
    process.destroyForcibly();
  }

  @Override
  public String toString() {
    return "ServerProcess " + process.pid() + (process.isAlive() ? " running" : " ended") + ", log " + logFile;
  }
}
