package org.quarksbench.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A separate JVM that runs a main class of the server code with the test class path, for tests that kill
 * a process. Its stdout is scanned for the ready line; its stderr goes to a file for failure messages.
 */
public final class ChildServer implements AutoCloseable {
  private static final long READY_TIMEOUT_SECONDS = 60;

  private final Process process;
  private final Path stderrFile;
  private final String readyLine;

  private ChildServer(Process process, Path stderrFile, String readyLine) {
    this.process = process;
    this.stderrFile = stderrFile;
    this.readyLine = readyLine;
  }

  /** Starts {@code mainClass} with {@code args} and waits for a stdout line that contains {@code readyMarker}. */
  public static ChildServer start(String mainClass, Path stderrFile, String readyMarker, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command)
        .redirectError(stderrFile.toFile())
        .start();
    BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
      try {
        String line;
        while ((line = stdout.readLine()) != null) {
          if (line.contains(readyMarker)) {
            return line;
          }
        }
        return null;
      } catch (IOException e) {
        return null;
      }
    });
    String line;
    try {
      line = ready.get(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
      line = null;
    }
    if (line == null) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new IllegalStateException("the child " + mainClass + " printed no line with '" + readyMarker
          + "'; its stderr is in " + stderrFile);
    }
    return new ChildServer(process, stderrFile, line);
  }

  public String readyLine() {
    return readyLine;
  }

  /** Returns the URL after {@code name=} in the ready line, such as {@code centralized}. */
  public String url(String name) {
    Matcher matcher = Pattern.compile(name + "=(http://[^ ,]+)").matcher(readyLine);
    if (!matcher.find()) {
      throw new IllegalStateException("no " + name + " URL in: " + readyLine);
    }
    return matcher.group(1);
  }

  /** Kills the process with SIGKILL, so no shutdown hook runs, and waits for it to end. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the child process did not die within 30 s after SIGKILL");
    }
  }

  public Path stderrFile() {
    return stderrFile;
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
