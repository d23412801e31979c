package org.saima.exam.cat.session;

import java.util.List;

/**
 * Everything to persist about a running test: the seed and the responses in order. Together with
 * the test definition and the bank it rebuilds the whole session ({@link AdaptiveTest#resume}).
 */
public record SessionState(long seed, List<Response> responses) {
  public SessionState {
    responses = List.copyOf(responses);
  }
}
