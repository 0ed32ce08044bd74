package org.newsflow.cli;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT as a request to stop: the command closes what it runs and returns its own
 * exit code (0 for a clean stop), instead of the JVM dying with 143 in the middle of shutdown hooks.
 */
final class Signals {

  private Signals() {}

  /** A latch released by the first SIGTERM or SIGINT. */
  static CountDownLatch stopRequested() {
    CountDownLatch latch = new CountDownLatch(1);
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(new Signal(name), signal -> latch.countDown());
      } catch (IllegalArgumentException unsupported) {
        // Not on this platform; the JVM's default handling applies.
      }
    }
    return latch;
  }
}
