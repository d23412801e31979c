package org.saima.live.poll;

import java.util.List;

/** The verdict on a poll's setup: accepted, or refused with one explanation per broken rule. */
public record SetupCheck(List<String> refusals) {
  public SetupCheck {
    refusals = List.copyOf(refusals);
  }

  public boolean accepted() {
    return refusals.isEmpty();
  }
}
