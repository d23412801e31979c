package org.saima.shared.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Slows password guessing: after too many failures for one user name, refuse for a while (per node). */
public final class LoginThrottle {
  private final int maxFailures;
  private final Cache<String, AtomicInteger> failures;

  public LoginThrottle(int maxFailures, Duration window) {
    this.maxFailures = maxFailures;
    this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
  }

  public boolean blocked(String username) {
    AtomicInteger count = failures.getIfPresent(key(username));
    return count != null && count.get() >= maxFailures;
  }

  public void failed(String username) {
    failures.asMap().computeIfAbsent(key(username), k -> new AtomicInteger()).incrementAndGet();
  }

  public void succeeded(String username) {
    failures.invalidate(key(username));
  }

  private static String key(String username) {
    return username.trim().toLowerCase();
  }
}
