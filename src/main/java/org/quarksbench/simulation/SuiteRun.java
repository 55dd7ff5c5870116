package org.quarksbench.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quarksbench.InvalidInputException;
import org.quarksbench.report.ReportOptions;
import org.quarksbench.report.format.Layout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Steps around Gatling's run: starting the bundled servers before it, stopping them after it,
 * and printing and writing the Locust report of the run's simulation.log.
 */
public final class SuiteRun {
  private static final Logger log = LoggerFactory.getLogger(SuiteRun.class);
  /** Slack per scenario for the last wait, the last requests and the next scenario's start. */
  private static final Duration SCENARIO_SLACK = Duration.ofSeconds(30);

  private final SuiteOptions options;
  private final Path projectDir;
  private final RunFolders runFolders;
  private ServerProcess servers;

  public SuiteRun(SuiteOptions options) {
    this.options = options;
    this.projectDir = Path.of(System.getProperty("quarksbench.projectDir", ".")).toAbsolutePath().normalize();
    Path resultsFolder = Path.of(System.getProperty("quarksbench.resultsFolder",
        projectDir.resolve("target/gatling").toString()));
    this.runFolders = new RunFolders(resultsFolder);
  }

  /**
   * Returns a safety limit for the whole run: the scenarios stop by their own clocks well before it, unless
   * requests hang past the request timeout.
   */
  public Duration maxDuration() {
    Duration spawn = SpawnSchedule.of(options.users(), options.spawnRate()).spawnDuration();
    Duration perScenario = options.runTime().plus(spawn).plus(options.requestTimeout()).plus(SCENARIO_SLACK);
    return perScenario.multipliedBy(options.tagSelection().scenarios().size());
  }

  /** Starts the bundled servers that the selected scenarios need and notes the existing result folders. */
  public void beforeRun() {
    runFolders.snapshot();
    ParentWatch.start();
    List<ScenarioKind> bundled = new ArrayList<>();
    for (ScenarioKind scenario : options.tagSelection().scenarios()) {
      if (options.targetUrl(scenario).isEmpty()) {
        bundled.add(scenario);
      }
    }
    for (ScenarioKind scenario : options.tagSelection().scenarios()) {
      log.info("Scenario {}: {} users at {} users/s for {} against {}", scenario.tag(), options.users(),
          options.spawnRate(), DurationOption.format(options.runTime()), options.effectiveUrl(scenario));
    }
    if (bundled.isEmpty()) {
      return;
    }
    String stamp = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path logFile = projectDir.resolve("target").resolve("reference-servers-" + stamp + ".log");
    try {
      servers = ServerProcess.start(options, bundled, logFile);
    } catch (InvalidInputException | IllegalStateException e) {
      // A busy port or a rejected server option: one message, as for the other options, not a stack trace.
      System.err.println();
      System.err.println("quarks-bench: " + e.getMessage());
      System.err.flush();
      Runtime.getRuntime().halt(1);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the reference servers: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting the reference servers", e);
    }
  }

  /**
   * Stops the bundled servers and arranges the Locust report of the run. The report is printed from a JVM
   * shutdown hook, because Gatling prints its own summary after {@code after()} returns, and the Locust
   * tables must come last; by then Gatling has also closed the simulation.log.
   */
  public void afterRun() {
    if (servers != null) {
      servers.close();
      servers = null;
    }
    Optional<Path> runFolder = runFolders.newRunFolder();
    if (runFolder.isEmpty()) {
      log.error("Found no new run folder with a simulation.log under {}; no Locust report is written",
          runFolders.resultsFolder());
      return;
    }
    EndOfRunReport report = new EndOfRunReport(runFolder.get(), reportOptions(), reportsDir());
    report.writeTargets(targetUrls());
    Runtime.getRuntime().addShutdownHook(new Thread(report::print, "locust-report"));
  }

  /** Returns where the Locust report folders go: {@code -DreportsDir}, relative to the project, or reports/runs. */
  private Path reportsDir() {
    return projectDir.resolve(options.reportsDir().orElse(Path.of("reports", "runs"))).normalize();
  }

  private ReportOptions reportOptions() {
    return ReportOptions.defaults()
        .withLayout(Layout.fromOptionValue(options.reportLayout()))
        .withTargetUrls(targetUrls());
  }

  private Map<String, String> targetUrls() {
    Map<String, String> urls = new LinkedHashMap<>();
    for (ScenarioKind scenario : options.tagSelection().scenarios()) {
      urls.put(scenario.tag(), options.effectiveUrl(scenario).toString());
    }
    return urls;
  }
}
