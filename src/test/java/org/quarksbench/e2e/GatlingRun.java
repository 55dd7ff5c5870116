package org.quarksbench.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real run of {@code MessagingSimulation} in a forked JVM, started the way gatling-maven-plugin starts
 * it, with its project and results folders in a temporary directory and the bundled servers on free ports.
 */
final class GatlingRun {
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  final Path projectDir;
  final Path resultsFolder;
  final Map<String, String> properties = new LinkedHashMap<>();
  int exitCode;
  String output;

  GatlingRun(Path projectDir) throws IOException {
    this.projectDir = projectDir;
    this.resultsFolder = projectDir.resolve("gatling");
    List<Integer> ports = freePorts(4);
    properties.put("centralizedPort", ports.get(0).toString());
    properties.put("gatewayPorts", ports.get(1) + "," + ports.get(2) + "," + ports.get(3));
  }

  GatlingRun with(String name, String value) {
    properties.put(name, value);
    return this;
  }

  GatlingRun run() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
    command.add("--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED");
    // The same dead proxy as in pom.xml, so Gatling's version check makes no outbound call.
    command.add("-Dhttps.proxyHost=127.0.0.1");
    command.add("-Dhttps.proxyPort=1");
    command.add("-Dquarksbench.projectDir=" + projectDir);
    command.add("-Dquarksbench.resultsFolder=" + resultsFolder);
    properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.gatling.app.Gatling");
    command.add("--simulation");
    command.add("org.quarksbench.simulation.MessagingSimulation");
    command.add("--results-folder");
    command.add(resultsFolder.toString());

    Files.createDirectories(projectDir.resolve("target"));
    Path log = projectDir.resolve("gatling-console.txt");
    Process process = new ProcessBuilder(command)
        .directory(projectDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("The Gatling run did not end within " + TIMEOUT + ":\n" + Files.readString(log));
    }
    exitCode = process.exitValue();
    output = Files.readString(log, StandardCharsets.UTF_8);
    return this;
  }

  int port(String property, int index) {
    return Integer.parseInt(properties.get(property).split(",")[index]);
  }

  static List<Integer> freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    List<Integer> ports = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        sockets.add(socket);
        ports.add(socket.getLocalPort());
      }
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
    return ports;
  }

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
