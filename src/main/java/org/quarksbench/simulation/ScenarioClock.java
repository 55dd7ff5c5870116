package org.quarksbench.simulation;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run-time limit of one scenario, counted from its first user's start as Locust counts
 * {@code --run-time} from the start of the test.
 *
 * <p>Users stop when the time is up: none starts a task after the deadline, and a wait that would end
 * after it is cut short, so the next scenario starts right after. A request already in flight at the
 * deadline still completes and is recorded.
 * NOTE: Locust (with the default {@code --stop-timeout} of 0) kills such requests and never records them.
 */
public final class ScenarioClock {
  private static final long NOT_STARTED = Long.MIN_VALUE;

  private static final Logger log = LoggerFactory.getLogger(ScenarioClock.class);

  private final String scenario;
  private final Duration runTime;
  private final long runTimeNanos;
  private final LongSupplier nanoTime;
  private final AtomicLong startNanos = new AtomicLong(NOT_STARTED);
  private final AtomicBoolean endLogged = new AtomicBoolean();

  public ScenarioClock(String scenario, Duration runTime) {
    this(scenario, runTime, System::nanoTime);
  }

  ScenarioClock(String scenario, Duration runTime, LongSupplier nanoTime) {
    if (runTime.isNegative()) {
      throw new IllegalArgumentException("runTime < 0: " + runTime);
    }
    this.scenario = scenario;
    this.runTime = runTime;
    this.runTimeNanos = runTime.toNanos();
    this.nanoTime = nanoTime;
  }

  /** Starts the clock when the first user calls this; later calls do nothing. */
  public void startIfFirst() {
    if (startNanos.compareAndSet(NOT_STARTED, nanoTime.getAsLong())) {
      log.info("Scenario {} started; it stops in {}", scenario, DurationOption.format(runTime));
    }
  }

  /** Returns whether the scenario is still running: started, and its run time not yet over. */
  public boolean isRunning() {
    boolean running = remainingNanos() > 0;
    if (!running && startNanos.get() != NOT_STARTED && endLogged.compareAndSet(false, true)) {
      log.info("Scenario {} reached its run time; stopping its users", scenario);
    }
    return running;
  }

  /**
   * Returns Locust's {@code between(min, max)} wait, a uniform draw in [min, max), cut to the time left so
   * that a waiting user stops at the deadline.
   */
  public Duration waitTime(Duration min, Duration max) {
    long minNanos = min.toNanos();
    long spanNanos = max.toNanos() - minNanos;
    long drawnNanos = minNanos + (spanNanos > 0 ? ThreadLocalRandom.current().nextLong(spanNanos) : 0);
    long waitNanos = Math.max(0, Math.min(drawnNanos, remainingNanos()));
    return Duration.ofMillis(waitNanos / 1_000_000);
  }

  private long remainingNanos() {
    long start = startNanos.get();
    if (start == NOT_STARTED) {
      return 0;
    }
    return start + runTimeNanos - nanoTime.getAsLong();
  }
}
