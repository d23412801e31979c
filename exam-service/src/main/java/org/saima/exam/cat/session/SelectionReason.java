package org.saima.exam.cat.session;

/** Why an item was given. */
public enum SelectionReason {
  /** Its dimension was furthest below its share; the item ranked among the top n by information. */
  CONTENT_BALANCE,
  /** Every dimension with units left was at its SE target, but the minimum length was not reached. */
  MINIMUM_LENGTH,
  /** The option chosen on the previous turn of a scenario named this turn. */
  SCENARIO_BRANCH
}
