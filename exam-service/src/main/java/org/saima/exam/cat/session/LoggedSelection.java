package org.saima.exam.cat.session;

/** A selection completed by its response: the record the service persists for every item given. */
public record LoggedSelection(
    Selection selection, int category, String option, double thetaAfter, double seAfter) {
}
