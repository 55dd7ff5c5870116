package org.quarksbench.simulation.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.time.Duration;

/**
 * Closed workload with no wait: {@code users} virtual users each send GET {@code targetUrl} in a loop,
 * the next request as soon as the previous response arrives, until {@code runTime} ends.
 *
 * <p>Measures how many requests per second the Gatling engine can generate. Each user keeps its own
 * keep-alive connection, so {@code users} is also the number of connections.
 *
 * <p>System properties: {@code targetUrl} (required, loopback only), {@code users} (default 64),
 * {@code runTime} (default 20s).
 */
public class ClosedNoWaitSimulation extends Simulation {
  private final URI targetUrl = BenchSettings.loopbackUrl("targetUrl");
  private final int users = BenchSettings.positiveInt("users", 64);
  private final Duration runTime = BenchSettings.duration("runTime", Duration.ofSeconds(20));

  private final HttpProtocolBuilder protocol = http.disableWarmUp().disableCaching();

  private final ScenarioBuilder loop =
      scenario("closed-no-wait")
          .forever()
          .on(http(BenchSettings.requestName("GET", targetUrl)).get(targetUrl.toString()));

  {
    setUp(loop.injectOpen(atOnceUsers(users))).protocols(protocol).maxDuration(runTime);
  }
}
