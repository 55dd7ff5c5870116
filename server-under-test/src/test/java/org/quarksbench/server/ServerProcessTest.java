package org.quarksbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.server.testing.TestClient;

class ServerProcessTest {
  private static final List<String> JVM_OPTIONS = List.of("-Xmx128m", "-XX:TieredStopAtLevel=1");

  @TempDir
  Path workDir;

  @Test
  void startParsesUrlsAndCloseStopsChild() throws Exception {
    Path logFile = workDir.resolve("servers.log");
    ServerProcess process = ServerProcess.start(JVM_OPTIONS,
        List.of("--centralized-port", "0", "--gateway-ports", "0,0,0"), logFile, Duration.ofSeconds(60));
    try {
      assertEquals(1, process.urls("centralized").size(), process.readyLine());
      assertEquals(3, process.urls("quarks").size(), process.readyLine());
      assertEquals(List.of(), process.urls("orderer"));
      assertEquals(200, new TestClient().get(process.urls("quarks").get(2) + "/health", null).status());
    } finally {
      process.close();
    }

    assertFalse(process.isAlive());
    assertTrue(Files.readString(logFile).contains(ServerProcess.READY_PREFIX), "the log keeps the child's stdout");
  }

  @Test
  void childThatExitsEarlyFailsStartNamingLog() {
    Path logFile = workDir.resolve("bad.log");

    IOException error = assertThrows(IOException.class, () -> ServerProcess.start(JVM_OPTIONS,
        List.of("--max-message-count", "0"), logFile, Duration.ofSeconds(60)));

    assertTrue(error.getMessage().contains("exited before"), error.getMessage());
    assertTrue(error.getMessage().contains(logFile.toString()), error.getMessage());
  }
}
