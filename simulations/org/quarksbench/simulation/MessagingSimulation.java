package org.quarksbench.simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.quarksbench.InvalidInputException;

/**
 * The researchers' two Locust scenarios, {@code centralized} and {@code quarks}, with Locust's semantics.
 *
 * <p>Each user loops: pick a task by weight (send 1, read 2), run it, wait 1-5 s. Users start in Locust's
 * batches at the spawn rate, and each scenario stops at its run time. The selected scenarios run one
 * after the other, each with the full users and run time. Every task runs inside a top-level group named
 * after its scenario, so the report can split the one simulation.log into one table per scenario.
 * Options are system properties, listed in {@link SuiteOptions}.
 */
public class MessagingSimulation extends Simulation {
  private static final Duration MIN_WAIT = Duration.ofSeconds(1);
  private static final Duration MAX_WAIT = Duration.ofSeconds(5);

  private final SuiteOptions options = loadOptions();
  private final SuiteRun suiteRun = new SuiteRun(options);

  {
    List<PopulationBuilder> populations = new ArrayList<>();
    for (ScenarioKind scenario : options.tagSelection().scenarios()) {
      populations.add(population(scenario));
    }
    // a.andThen(b) starts b once every user of a has stopped, so nest from the last scenario back.
    for (int i = populations.size() - 1; i > 0; i--) {
      populations.set(i - 1, populations.get(i - 1).andThen(populations.get(i)));
    }
    setUp(populations.get(0)).maxDuration(suiteRun.maxDuration());
  }

  @Override
  public void before() {
    suiteRun.beforeRun();
  }

  @Override
  public void after() {
    suiteRun.afterRun();
  }

  private PopulationBuilder population(ScenarioKind scenario) {
    ScenarioClock clock = new ScenarioClock(scenario.tag(), options.runTime());
    ChainBuilder userLoop = exec(session -> {
          clock.startIfFirst();
          return session;
        })
        .asLongAs(session -> clock.isRunning(), true)
        .on(
            group(scenario.tag()).on(taskChoice(scenario)),
            pause(session -> clock.waitTime(MIN_WAIT, MAX_WAIT)));
    return scenario(scenario.tag())
        .exec(userLoop)
        .injectOpen(injection())
        .protocols(protocol(scenario));
  }

  /** Picks one task by weight, as Locust does at each iteration. */
  private ChainBuilder taskChoice(ScenarioKind scenario) {
    List<TaskKind> tasks = options.tagSelection().tasks(scenario);
    int totalWeight = tasks.stream().mapToInt(TaskKind::weight).sum();
    List<Choice.WithWeight> choices = new ArrayList<>();
    for (TaskKind task : tasks) {
      double percentage = 100.0 * task.weight() / totalWeight;
      choices.add(percent(percentage).then(request(scenario, task)));
    }
    return randomSwitch().on(choices);
  }

  private ChainBuilder request(ScenarioKind scenario, TaskKind task) {
    Duration timeout = options.requestTimeout();
    if (scenario == ScenarioKind.CENTRALIZED) {
      if (task == TaskKind.SEND) {
        return exec(http("POST /sendMessage").post("/sendMessage")
            .header("token", RequestBodies.CENTRALIZED_TOKEN)
            .body(StringBody(session -> RequestBodies.centralizedSend())).asJson()
            .requestTimeout(timeout));
      }
      return exec(http("POST /readMessage").post("/readMessage")
          .header("token", RequestBodies.CENTRALIZED_TOKEN)
          .body(StringBody(session -> RequestBodies.centralizedRead())).asJson()
          .requestTimeout(timeout));
    }
    if (task == TaskKind.SEND) {
      return exec(http("POST /sendMessage").post("/sendMessage")
          .body(StringBody(session -> RequestBodies.quarksSend())).asJson()
          .requestTimeout(timeout));
    }
    // The original quarks API reads with a GET that carries a JSON body; Gatling sends it as is.
    return exec(http("GET /readMessage").get("/readMessage")
        .body(StringBody(session -> RequestBodies.quarksRead(options.quarksReadWindow()))).asJson()
        .requestTimeout(timeout));
  }

  private List<OpenInjectionStep> injection() {
    List<OpenInjectionStep> steps = new ArrayList<>();
    Duration previousOffset = Duration.ZERO;
    for (SpawnSchedule.Batch batch : SpawnSchedule.of(options.users(), options.spawnRate()).batches()) {
      Duration gap = batch.offset().minus(previousOffset);
      if (!gap.isZero()) {
        steps.add(nothingFor(gap));
      }
      steps.add(atOnceUsers(batch.users()));
      previousOffset = batch.offset();
    }
    if (steps.isEmpty()) {
      steps.add(atOnceUsers(0));
    }
    return steps;
  }

  private HttpProtocolBuilder protocol(ScenarioKind scenario) {
    return http.baseUrl(options.effectiveUrl(scenario).toString())
        .disableWarmUp()
        .userAgentHeader("quarks-bench (Gatling)");
  }

  /** Reads the options, or stops the run before any load with the option's error message. */
  private static SuiteOptions loadOptions() {
    try {
      return SuiteOptions.fromSystemProperties();
    } catch (InvalidInputException e) {
      System.err.println();
      System.err.println("quarks-bench: " + e.getMessage());
      System.err.println();
      System.err.flush();
      // Exiting here stops Gatling before it starts any user, and spares the user a stack trace.
      Runtime.getRuntime().halt(1);
      throw e;
    }
  }
}
