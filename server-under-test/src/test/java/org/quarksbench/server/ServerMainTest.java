package org.quarksbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.server.testing.ChildServer;
import org.quarksbench.server.testing.TestClient;

class ServerMainTest {
  @TempDir
  Path workDir;

  private static int serve(String... args) {
    return ServerMain.run(args);
  }

  private static String[] serveAndCapture(ServerOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ServerMain.serve(options, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void unknownOptionExitsWithBadInput() {
    assertEquals(2, serve("--no-such-option"));
  }

  @Test
  void invalidDurationExitsWithBadInput() {
    assertEquals(2, serve("--batch-timeout", "2 seconds"));
  }

  @Test
  void zeroMessageCountIsBadInput() {
    ServerOptions options = new ServerOptions();
    options.maxMessageCount = 0;

    String[] result = serveAndCapture(options);

    assertEquals("2", result[0]);
    assertTrue(result[2].contains("--max-message-count"), result[2]);
    assertEquals("", result[1], "nothing on stdout when the servers do not start");
  }

  @Test
  void peerRoleWithoutOrgExitsWithBadInput() {
    ServerOptions options = new ServerOptions();
    options.role = NodeRole.PEER;

    String[] result = serveAndCapture(options);

    assertEquals("2", result[0]);
    assertTrue(result[2].contains("--org"), result[2]);
  }

  @Test
  void portInUseIsBadInput() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ServerOptions options = new ServerOptions();
      options.centralized = true;
      options.centralizedPort = taken.getLocalPort();

      String[] result = serveAndCapture(options);

      assertEquals("2", result[0]);
      assertTrue(result[2].contains("--centralized-port"), result[2]);
      assertTrue(result[2].contains(Integer.toString(taken.getLocalPort())), result[2]);
    }
  }

  @Test
  void readyLineNamesClientUrls() throws Exception {
    Path dataDir = workDir.resolve("data");
    try (ChildServer child = ChildServer.start(workDir.resolve("err.txt"),
        "--centralized-port", "0", "--gateway-ports", "0,0,0", "--data-dir", dataDir.toString())) {
      assertTrue(child.readyLine().matches(
          "quarks-bench servers ready: centralized=http://127\\.0\\.0\\.1:\\d+ quarks=http://127\\.0\\.0\\.1:\\d+,"
              + "http://127\\.0\\.0\\.1:\\d+,http://127\\.0\\.0\\.1:\\d+"), child.readyLine());
      TestClient client = new TestClient();
      assertEquals(200, client.get(child.url("centralized") + "/health", null).status());
      assertEquals(200, client.get(child.url("quarks") + "/health", null).status());
    }
    assertTrue(Files.exists(dataDir.resolve("quarks").resolve("orderer")), "a given data directory is kept");
  }

  @Test
  void temporaryDataDirectoryIsDeletedAtExit() throws Exception {
    ServerOptions options = new ServerOptions();
    options.centralized = true;
    options.centralizedPort = 0;
    ReferenceServers servers = ReferenceServers.start(options);
    Path dataDir = servers.dataDir();
    assertTrue(Files.isDirectory(dataDir));

    servers.close();

    assertFalse(Files.exists(dataDir), dataDir + " must be deleted");
  }

  @Test
  void injectedLatencyAppliesToBothServers() throws Exception {
    ServerOptions options = new ServerOptions();
    options.centralizedPort = 0;
    options.gatewayPorts = new java.util.ArrayList<>(java.util.List.of(0, 0, 0));
    options.batchTimeout = Duration.ofMillis(200);
    options.injectedLatency.add(new ServerOptions.LatencyConverter().convert("readMessage=300ms"));
    TestClient client = new TestClient();
    try (ReferenceServers servers = ReferenceServers.start(options)) {
      String centralized = servers.centralized().orElseThrow().url();
      String gateway = servers.quarks().orElseThrow().gateway("org1").url();

      long centralizedMillis = timeMillis(() -> client.send("POST", centralized + "/readMessage",
          "{\"email\":\"alice@org.com\",\"channel\":\"channel-1\"}", Map.of("token", "qwerty12345")).status());
      long quarksMillis = timeMillis(() -> client.get(gateway + "/readMessage",
          "{\"user\":\"alice@org1.com\",\"channel\":\"channel-1\",\"from_timestamp\":\"0\"}").status());

      // Lower bounds only: the injected delay must be applied; a slow machine can only add to it.
      assertTrue(centralizedMillis >= 300, "centralized read took " + centralizedMillis + " ms");
      assertTrue(quarksMillis >= 300, "quarks read took " + quarksMillis + " ms");
    }
  }

  @FunctionalInterface
  private interface StatusCall {
    int call() throws Exception;
  }

  private static long timeMillis(StatusCall call) throws Exception {
    long start = System.nanoTime();
    int status = call.call();
    assertEquals(200, status);
    return (System.nanoTime() - start) / 1_000_000;
  }
}
