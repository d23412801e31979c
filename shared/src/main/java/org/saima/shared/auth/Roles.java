package org.saima.shared.auth;

import java.util.Set;

/** Staff roles held in {@code core.users}. Candidates and observers get their own narrow tokens. */
public final class Roles {
  public static final String ORGANIZER = "organizer";
  public static final String PROCTOR = "proctor";
  public static final String EXAMINER = "examiner";
  public static final Set<String> ALL = Set.of(ORGANIZER, PROCTOR, EXAMINER);

  private Roles() {
  }
}
