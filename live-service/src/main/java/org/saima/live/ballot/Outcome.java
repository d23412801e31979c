package org.saima.live.ballot;

/** What became of one ballot: counted, a repeat of an earlier one (with its receipt), or refused. */
public record Outcome(Kind kind, String receipt, String reason) {
  public enum Kind { COUNTED, REPEATED, NOT_OPEN, TOKEN_NOT_FOR_POLL }

  static Outcome counted(String receipt) {
    return new Outcome(Kind.COUNTED, receipt, null);
  }

  static Outcome repeated(String receipt) {
    return new Outcome(Kind.REPEATED, receipt, null);
  }

  static Outcome refused(Kind kind, String reason) {
    return new Outcome(kind, null, reason);
  }
}
