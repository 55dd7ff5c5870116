package org.quarksbench.server.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.quarksbench.server.ServerProcess;

/** A {@link ServerProcess} with small JVM settings and a one-URL accessor, for tests that kill processes. */
public final class ChildServer implements AutoCloseable {
  /** Small, quick-starting JVMs: a test may run seven of them on a shared machine. */
  private static final List<String> JVM_OPTIONS = List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final ServerProcess process;

  private ChildServer(ServerProcess process) {
    this.process = process;
  }

  /** Starts {@code ServerMain} with {@code args}, its output in {@code logFile}, and waits until it is ready. */
  public static ChildServer start(Path logFile, String... args) throws IOException {
    return new ChildServer(ServerProcess.start(JVM_OPTIONS, List.of(args), logFile, READY_TIMEOUT));
  }

  public String readyLine() {
    return process.readyLine();
  }

  /** Returns the first URL after {@code name=} in the ready line, such as {@code centralized} or {@code peer-org1}. */
  public String url(String name) {
    List<String> urls = process.urls(name);
    if (urls.isEmpty()) {
      throw new IllegalStateException("no " + name + " URL in: " + process.readyLine());
    }
    return urls.get(0);
  }

  public void kill() throws IOException {
    process.kill();
  }

  @Override
  public void close() throws IOException {
    process.close();
  }
}
