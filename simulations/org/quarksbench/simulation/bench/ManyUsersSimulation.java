package org.quarksbench.simulation.bench;

import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.time.Duration;
import org.quarksbench.InvalidInputException;

/**
 * Many mostly idle users, as in the Quarks load tests: {@code users} virtual users started at
 * {@code spawnRate} users per second, each looping "GET {@code targetUrl}, then wait a uniform
 * {@code minPauseMillis}..{@code maxPauseMillis}", until {@code runTime} ends (counted from the first
 * user's start, as Locust's {@code --run-time} is).
 *
 * <p>Once all users run, the expected request rate is {@code users} divided by the mean cycle time
 * (the mean pause plus the mean response time). Each user keeps its own connection.
 *
 * <p>System properties: {@code targetUrl} (required, loopback only), {@code users} (default 10000),
 * {@code spawnRate} (default 500), {@code runTime} (default 60s), {@code minPauseMillis} (default 1000),
 * {@code maxPauseMillis} (default 5000).
 */
public class ManyUsersSimulation extends Simulation {
  private final URI targetUrl = BenchSettings.loopbackUrl("targetUrl");
  private final int users = BenchSettings.positiveInt("users", 10_000);
  private final int spawnRate = BenchSettings.positiveInt("spawnRate", 500);
  private final Duration runTime = BenchSettings.duration("runTime", Duration.ofSeconds(60));
  private final int minPauseMillis = BenchSettings.positiveInt("minPauseMillis", 1000);
  private final int maxPauseMillis = BenchSettings.positiveInt("maxPauseMillis", 5000);

  private final HttpProtocolBuilder protocol = http.disableWarmUp().disableCaching();

  {
    if (maxPauseMillis < minPauseMillis) {
      throw new InvalidInputException(
          "invalid maxPauseMillis '" + maxPauseMillis + "': it must be at least minPauseMillis ("
              + minPauseMillis + ")");
    }
    ScenarioBuilder idleUsers =
        scenario("many-users")
            .forever()
            .on(
                http(BenchSettings.requestName("GET", targetUrl)).get(targetUrl.toString()),
                pause(
                    Duration.ofMillis(minPauseMillis), Duration.ofMillis(maxPauseMillis)));
    Duration rampTime = Duration.ofMillis(Math.max(1L, users * 1000L / spawnRate));
    setUp(idleUsers.injectOpen(rampUsers(users).during(rampTime)))
        .protocols(protocol)
        .maxDuration(runTime);
  }
}
