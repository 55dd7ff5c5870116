package org.quarksbench.simulation;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the Gatling JVM when the process that started it ends.
 *
 * <p>gatling-maven-plugin forks Gatling, and a SIGTERM to Maven (a cancelled CI job, a killed terminal) ends
 * Maven alone: the fork would go on sending load and keep the bundled servers and their ports. Exiting runs
 * the shutdown hooks, which stop the servers.
 */
final class ParentWatch {
  private static final Logger log = LoggerFactory.getLogger(ParentWatch.class);
  private static final long POLL_MILLIS = 1000;
  /** The status of a JVM ended by SIGTERM, as the shell reports it. */
  private static final int EXIT_STATUS = 143;

  private ParentWatch() {}

  /** Starts a daemon thread that polls the parent process once a second; does nothing without a parent. */
  static void start() {
    Optional<ProcessHandle> parent = ProcessHandle.current().parent();
    if (parent.isEmpty()) {
      return;
    }
    ProcessHandle watched = parent.get();
    Thread thread = new Thread(() -> watch(watched), "parent-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private static void watch(ProcessHandle parent) {
    try {
      while (parent.isAlive()) {
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      return;
    }
    log.warn("The process that started this run (pid {}) ended; stopping the run and the bundled servers",
        parent.pid());
    System.exit(EXIT_STATUS);
  }
}
