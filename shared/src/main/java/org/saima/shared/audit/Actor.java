package org.saima.shared.audit;

/** Who made a change: a signed-in person, or the system itself (start-up, scheduled work). */
public record Actor(Long id, String name) {
  public static Actor system(String what) {
    return new Actor(null, "system:" + what);
  }
}
