package org.saima.shared.testing;

import java.util.function.BooleanSupplier;

/** Waits for something another thread or node will make true, and fails if it never does. */
public final class Eventually {
  private Eventually() {
  }

  public static void holds(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 20_000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("not reached within 20 s: " + what);
      }
      Thread.sleep(50);
    }
  }
}
