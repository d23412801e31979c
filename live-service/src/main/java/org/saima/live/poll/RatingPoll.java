package org.saima.live.poll;

import java.util.List;
import java.util.Map;

/**
 * A rating or satisfaction poll: each ballot, filled in by a voter of one category, gives each subject (a
 * person evaluated, or a question asked) one level of the scale, or leaves it unrated.
 */
public record RatingPoll(Scale scale, List<String> subjects, List<String> categories) {
  public RatingPoll {
    subjects = List.copyOf(subjects);
    categories = List.copyOf(categories);
  }

  /** {@code ratings}: subject → level; a subject left out is unrated on this ballot. */
  public record Ballot(String category, Map<String, String> ratings) {
    public Ballot {
      ratings = Map.copyOf(ratings);
    }
  }
}
