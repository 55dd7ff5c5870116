package org.quarksbench.simulation.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.URI;
import java.time.Duration;

/**
 * Open workload at a fixed arrival rate: {@code rate} new virtual users per second, evenly spaced, each
 * sending one request to {@code targetUrl}, for {@code runTime}.
 *
 * <p>A new request starts on schedule even when earlier ones have no response yet, so a stalled
 * server shows up in the response times instead of lowering the request rate (no coordinated omission).
 * Users share a connection pool, so a slow response makes the pool open another connection.
 *
 * <p>System properties: {@code targetUrl} (required, loopback only), {@code rate} in requests per second
 * (default 100), {@code runTime} (default 30s), {@code method} (GET or POST, default GET), {@code body}
 * (optional JSON body, sent with Content-Type application/json), {@code token} (optional value of a
 * {@code token} request header, as the centralized server expects), {@code requestTimeout} (default 60s).
 */
public class OpenRateSimulation extends Simulation {
  private final URI targetUrl = BenchSettings.loopbackUrl("targetUrl");
  private final int rate = BenchSettings.positiveInt("rate", 100);
  private final Duration runTime = BenchSettings.duration("runTime", Duration.ofSeconds(30));
  private final String method = BenchSettings.httpMethod("method");
  private final String body = BenchSettings.optionalText("body");
  private final String token = BenchSettings.optionalText("token");
  private final Duration requestTimeout =
      BenchSettings.duration("requestTimeout", Duration.ofSeconds(60));

  private final HttpProtocolBuilder protocol = http.disableWarmUp().disableCaching().shareConnections();

  private final ScenarioBuilder arrivals =
      scenario("open-rate").exec(buildRequest());

  {
    setUp(arrivals.injectOpen(constantUsersPerSec(rate).during(runTime))).protocols(protocol);
  }

  private HttpRequestActionBuilder buildRequest() {
    String name = BenchSettings.requestName(method, targetUrl);
    HttpRequestActionBuilder request =
        method.equals("POST")
            ? http(name).post(targetUrl.toString())
            : http(name).get(targetUrl.toString());
    request = request.requestTimeout(requestTimeout);
    if (token != null) {
      request = request.header("token", token);
    }
    if (body != null) {
      request = request.body(StringBody(body)).asJson();
    }
    return request;
  }
}
