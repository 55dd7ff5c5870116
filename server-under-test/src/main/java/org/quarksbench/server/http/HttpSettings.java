package org.quarksbench.server.http;

import java.time.Duration;
import java.util.Map;

/**
 * Transport settings shared by every node.
 *
 * @param maxBodyBytes largest accepted request body; a larger one gets 413
 * @param workerThreads threads that run handlers
 * @param maxPendingRequests requests admitted at once, counting those queued for a worker and sends that
 *     wait for their block; one more gets the overload behaviour
 * @param overloadMode 503 at once, or a connection closed after {@code serverTimeout}
 * @param serverTimeout how long {@link OverloadMode#CLOSE} keeps a request before it closes the connection
 * @param injectedLatency extra delay per endpoint name (the path without its slash, such as
 *     {@code readMessage}) before the handler runs; no thread waits during the delay
 */
public record HttpSettings(
    int maxBodyBytes,
    int workerThreads,
    int maxPendingRequests,
    OverloadMode overloadMode,
    Duration serverTimeout,
    Map<String, Duration> injectedLatency) {

  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  public HttpSettings {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive but was " + maxBodyBytes);
    }
    if (workerThreads < 1) {
      throw new IllegalArgumentException("workerThreads must be positive but was " + workerThreads);
    }
    if (maxPendingRequests < 1) {
      throw new IllegalArgumentException("maxPendingRequests must be positive but was " + maxPendingRequests);
    }
    if (serverTimeout.isNegative() || serverTimeout.isZero()) {
      throw new IllegalArgumentException("serverTimeout must be positive but was " + serverTimeout);
    }
    injectedLatency = Map.copyOf(injectedLatency);
  }

  public static HttpSettings defaults() {
    return new HttpSettings(
        DEFAULT_MAX_BODY_BYTES, 8, 2000, OverloadMode.REJECT, Duration.ofSeconds(120), Map.of());
  }

  public HttpSettings withMaxPendingRequests(int value) {
    return new HttpSettings(maxBodyBytes, workerThreads, value, overloadMode, serverTimeout, injectedLatency);
  }

  public HttpSettings withWorkerThreads(int value) {
    return new HttpSettings(maxBodyBytes, value, maxPendingRequests, overloadMode, serverTimeout, injectedLatency);
  }

  public HttpSettings withOverload(OverloadMode mode, Duration timeout) {
    return new HttpSettings(maxBodyBytes, workerThreads, maxPendingRequests, mode, timeout, injectedLatency);
  }

  public HttpSettings withInjectedLatency(Map<String, Duration> latency) {
    return new HttpSettings(maxBodyBytes, workerThreads, maxPendingRequests, overloadMode, serverTimeout, latency);
  }
}
