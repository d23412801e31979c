package org.saima.exam.cat.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saima.exam.cat.estimate.Estimate;

/**
 * An immutable snapshot of a running adaptive test. Answering returns a new snapshot; only
 * {@link #state()} needs persisting, because {@link AdaptiveTest#resume} rebuilds the rest.
 */
public final class CatSession {
  private final AdaptiveTest test;
  private final long seed;
  private final List<Response> responses;
  private final Map<String, DimensionProgress> progress;
  private final Set<String> usedUnits;
  private final List<LoggedSelection> log;
  private final NextStep next;

  CatSession(AdaptiveTest test, long seed, List<Response> responses, Map<String, DimensionProgress> progress,
      Set<String> usedUnits, List<LoggedSelection> log, NextStep next) {
    this.test = test;
    this.seed = seed;
    this.responses = List.copyOf(responses);
    this.progress = Collections.unmodifiableMap(new LinkedHashMap<>(progress));
    this.usedUnits = Set.copyOf(usedUnits);
    this.log = List.copyOf(log);
    this.next = next;
  }

  public CatSession answer(Response response) {
    return test.answer(this, response);
  }

  /** The plain value to persist: the seed and the responses. */
  public SessionState state() {
    return new SessionState(seed, responses);
  }

  public NextStep next() {
    return next;
  }

  public boolean finished() {
    return next instanceof NextStep.Finished;
  }

  public Optional<StopReason> stopReason() {
    return next instanceof NextStep.Finished f ? Optional.of(f.reason()) : Optional.empty();
  }

  /** The pending item's selection, if the test is not over. */
  public Optional<NextStep.Ask> pending() {
    return next instanceof NextStep.Ask ask ? Optional.of(ask) : Optional.empty();
  }

  /** Current estimate of every dimension of the test, in the test's order. */
  public Map<String, Estimate> estimates() {
    Map<String, Estimate> estimates = new LinkedHashMap<>();
    progress.forEach((dimension, p) -> estimates.put(dimension, p.estimate()));
    return Collections.unmodifiableMap(estimates);
  }

  public Map<String, DimensionProgress> progress() {
    return progress;
  }

  /** Units selected so far (a scenario counts once, from its first turn). */
  public int unitsSelected() {
    return usedUnits.size();
  }

  public Set<String> usedUnits() {
    return usedUnits;
  }

  public List<LoggedSelection> log() {
    return log;
  }

  public long seed() {
    return seed;
  }

  public List<Response> responses() {
    return responses;
  }
}
