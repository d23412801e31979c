package org.saima.exam.cat.session;

/** Which stopping rule ended the test. */
public enum StopReason {
  /** Every dimension reached the target SE after the minimum number of units. */
  TARGET_SE_REACHED,
  /** The maximum number of units was given. */
  MAX_LENGTH_REACHED,
  /** No unit is left for any dimension that may still receive one. */
  BANK_EXHAUSTED
}
