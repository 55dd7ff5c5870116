package org.quarksbench.simulation;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.quarksbench.InvalidInputException;

/**
 * The options of {@code mvn gatling:test}, read from system properties ({@code -Dusers=150}).
 *
 * <p>Every value is checked here, before any server starts or any load is sent, and an invalid one
 * raises {@link InvalidInputException} naming the property, the value and the valid forms.
 */
public final class SuiteOptions {
  public static final int DEFAULT_USERS = 50;
  public static final double DEFAULT_SPAWN_RATE = 5;
  public static final Duration DEFAULT_RUN_TIME = Duration.ofSeconds(60);
  /** Longer than the 120 s after which the original Node.js servers closed idle requests. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(180);
  public static final int DEFAULT_CENTRALIZED_PORT = 3000;
  public static final List<Integer> DEFAULT_GATEWAY_PORTS = List.of(3001, 3002, 3003);
  /** The window of the researchers' published locustfile (now - 10 s); on their test day it was 600 s. */
  public static final Duration DEFAULT_QUARKS_READ_WINDOW = Duration.ofSeconds(10);

  private final int users;
  private final double spawnRate;
  private final Duration runTime;
  private final TagSelection tagSelection;
  private final Optional<URI> centralizedUrl;
  private final Optional<URI> quarksUrl;
  private final Duration requestTimeout;
  private final int centralizedPort;
  private final List<Integer> gatewayPorts;
  private final boolean keepData;
  private final List<String> serverArgs;
  private final String reportLayout;
  private final Optional<Path> reportsDir;
  private final Duration quarksReadWindow;

  private SuiteOptions(Function<String, String> properties) {
    // Gatling aborts a run that starts no user, so at least one user is required.
    this.users = parseInt(properties, "users", DEFAULT_USERS, 1);
    this.spawnRate = parseSpawnRate(properties);
    this.runTime = parseDuration(properties, "runTime", DEFAULT_RUN_TIME);
    if (runTime.isZero()) {
      throw new InvalidInputException("Invalid runTime 0: give a positive run time such as 60s, 5m or 1h30m.");
    }
    this.tagSelection = TagSelection.parse(properties.apply("tags"), properties.apply("excludeTags"));
    this.centralizedUrl = parseUrl(properties, "centralizedUrl");
    this.quarksUrl = parseUrl(properties, "quarksUrl");
    this.requestTimeout = parseDuration(properties, "requestTimeout", DEFAULT_REQUEST_TIMEOUT);
    if (requestTimeout.isZero()) {
      throw new InvalidInputException("Invalid requestTimeout 0: give a positive duration such as 180s.");
    }
    this.centralizedPort = parsePort(properties, "centralizedPort", properties.apply("centralizedPort"),
        DEFAULT_CENTRALIZED_PORT);
    this.gatewayPorts = parseGatewayPorts(properties);
    this.keepData = parseBoolean(properties, "keepData");
    this.serverArgs = splitArgs(properties.apply("serverArgs"));
    this.reportLayout = parseLayout(properties);
    this.reportsDir = parsePath(properties, "reportsDir");
    this.quarksReadWindow = parseDuration(properties, "quarksReadWindow", DEFAULT_QUARKS_READ_WINDOW);
  }

  /** Reads the options from the JVM's system properties. */
  public static SuiteOptions fromSystemProperties() {
    return new SuiteOptions(System::getProperty);
  }

  /** Reads the options from any lookup of property names, such as a map in tests. */
  public static SuiteOptions from(Function<String, String> properties) {
    return new SuiteOptions(properties);
  }

  public int users() {
    return users;
  }

  /** Returns users started per second. */
  public double spawnRate() {
    return spawnRate;
  }

  /** Returns how long each scenario runs, from its first user's start. */
  public Duration runTime() {
    return runTime;
  }

  public TagSelection tagSelection() {
    return tagSelection;
  }

  /** Returns the user-given target of a scenario; empty means the bundled reference server. */
  public Optional<URI> targetUrl(ScenarioKind scenario) {
    return scenario == ScenarioKind.CENTRALIZED ? centralizedUrl : quarksUrl;
  }

  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** Returns the port of the bundled centralized server. */
  public int centralizedPort() {
    return centralizedPort;
  }

  /** Returns the ports of the bundled quarks gateways of org1, org2 and org3; the suite sends to org1's. */
  public List<Integer> gatewayPorts() {
    return gatewayPorts;
  }

  /** Returns whether the bundled servers keep their data directory after the run. */
  public boolean keepData() {
    return keepData;
  }

  /** Returns extra command-line options for the bundled servers, e.g. {@code --inject-latency readMessage=50ms}. */
  public List<String> serverArgs() {
    return serverArgs;
  }

  /** Returns the table layout name: {@code locust-2.8} (default) or {@code locust-2.9}. */
  public String reportLayout() {
    return reportLayout;
  }

  /** Returns the folder that receives the Locust report folders, if set; relative paths are project-relative. */
  public Optional<Path> reportsDir() {
    return reportsDir;
  }

  /** Returns the span of a quarks read: its {@code from_timestamp} is now minus this. */
  public Duration quarksReadWindow() {
    return quarksReadWindow;
  }

  /** Returns the URL the scenario sends to: the user's, or the bundled server's on 127.0.0.1. */
  public URI effectiveUrl(ScenarioKind scenario) {
    return targetUrl(scenario).orElseGet(() -> {
      int port = scenario == ScenarioKind.CENTRALIZED ? centralizedPort : gatewayPorts.get(0);
      return URI.create("http://127.0.0.1:" + port);
    });
  }

  private static int parseInt(Function<String, String> properties, String name, int defaultValue, int min) {
    String value = properties.apply(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed >= min) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // Reported below with the valid forms.
    }
    throw new InvalidInputException(
        "Invalid " + name + " '" + value + "': give a whole number >= " + min + " (e.g. -D" + name + "="
            + defaultValue + ").");
  }

  private static double parseSpawnRate(Function<String, String> properties) {
    String value = properties.apply("spawnRate");
    if (value == null || value.isBlank()) {
      return DEFAULT_SPAWN_RATE;
    }
    try {
      double parsed = Double.parseDouble(value.trim());
      if (parsed > 0 && !Double.isInfinite(parsed)) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // Reported below with the valid forms.
    }
    throw new InvalidInputException(
        "Invalid spawnRate '" + value + "': give users per second as a number > 0 (e.g. -DspawnRate=5 or 0.5).");
  }

  private static Duration parseDuration(Function<String, String> properties, String name, Duration defaultValue) {
    String value = properties.apply(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    return DurationOption.parse(name, value);
  }

  private static Optional<URI> parseUrl(Function<String, String> properties, String name) {
    String value = properties.apply(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    try {
      URI uri = new URI(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          && uri.getQuery() == null && uri.getFragment() == null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // Reported below with the valid forms.
    }
    throw new InvalidInputException(
        "Invalid " + name + " '" + value + "': give a base URL such as http://127.0.0.1:3000"
            + " (scheme http or https, a host, an optional port and path, no query).");
  }

  private static int parsePort(Function<String, String> properties, String name, String value, int defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below with the valid forms.
    }
    throw new InvalidInputException(
        "Invalid port '" + value + "' in " + name + ": give a number from 1 to 65535.");
  }

  private static List<Integer> parseGatewayPorts(Function<String, String> properties) {
    String value = properties.apply("gatewayPorts");
    if (value == null || value.isBlank()) {
      return DEFAULT_GATEWAY_PORTS;
    }
    String[] items = value.split(",");
    if (items.length != 3) {
      throw new InvalidInputException(
          "Invalid gatewayPorts '" + value + "': give three ports for org1, org2 and org3, e.g. 3001,3002,3003.");
    }
    List<Integer> ports = new ArrayList<>();
    for (String item : items) {
      ports.add(parsePort(properties, "gatewayPorts", item, 0));
    }
    return List.copyOf(ports);
  }

  private static boolean parseBoolean(Function<String, String> properties, String name) {
    String value = properties.apply(name);
    if (value == null || value.isBlank()) {
      return false;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new InvalidInputException("Invalid " + name + " '" + value + "': give true or false.");
    }
  }

  private static String parseLayout(Function<String, String> properties) {
    String value = properties.apply("reportLayout");
    if (value == null || value.isBlank()) {
      return "locust-2.8";
    }
    String layout = value.trim().toLowerCase(Locale.ROOT);
    if (!layout.equals("locust-2.8") && !layout.equals("locust-2.9")) {
      throw new InvalidInputException(
          "Invalid reportLayout '" + value + "': give locust-2.8 (one Name column, as Locust 2.2-2.8 printed)"
              + " or locust-2.9 (Type and Name columns, as Locust 2.9 and later print).");
    }
    return layout;
  }

  private static Optional<Path> parsePath(Function<String, String> properties, String name) {
    String value = properties.apply(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(value.trim()));
    } catch (InvalidPathException e) {
      throw new InvalidInputException("Invalid " + name + " '" + value + "': give a folder path (" + e.getReason() + ").");
    }
  }

  private static List<String> splitArgs(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return List.of(value.trim().split("\\s+"));
  }
}
