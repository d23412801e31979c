package org.saima.live.poll;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts a rating (民主测评) or satisfaction poll per subject, overall and per voter category. */
public final class RatingCount {
  private RatingCount() {}

  public static List<SubjectRating> tally(RatingPoll poll, List<RatingPoll.Ballot> ballots) {
    ballots.forEach(b -> check(poll, b));
    List<SubjectRating> result = new ArrayList<>();
    for (String subject : poll.subjects()) {
      Map<String, LevelCounts> byCategory = new LinkedHashMap<>();
      for (String category : poll.categories()) {
        byCategory.put(category, count(poll, subject, ballots.stream().filter(b -> b.category().equals(category)).toList()));
      }
      result.add(new SubjectRating(subject, count(poll, subject, ballots), byCategory));
    }
    return result;
  }

  private static LevelCounts count(RatingPoll poll, String subject, List<RatingPoll.Ballot> ballots) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    poll.scale().levels().forEach(l -> counts.put(l, 0));
    int unrated = 0;
    for (RatingPoll.Ballot ballot : ballots) {
      String level = ballot.ratings().get(subject);
      if (level == null) {
        unrated++;
      } else {
        counts.merge(level, 1, Integer::sum);
      }
    }
    return new LevelCounts(poll.scale().levels(), counts, ballots.size() - unrated, unrated);
  }

  private static void check(RatingPoll poll, RatingPoll.Ballot ballot) {
    if (!poll.categories().contains(ballot.category())) {
      throw new IllegalArgumentException("Voter category " + ballot.category() + " is not in this poll");
    }
    ballot.ratings().forEach((subject, level) -> {
      if (!poll.subjects().contains(subject)) {
        throw new IllegalArgumentException(subject + " is not rated in this poll");
      }
      if (!poll.scale().levels().contains(level)) {
        throw new IllegalArgumentException(level + " is not a level of " + poll.scale().name());
      }
    });
  }

  /** One subject's counts, overall and per voter category in the poll's order. */
  public record SubjectRating(String subject, LevelCounts overall, Map<String, LevelCounts> byCategory) {
    public SubjectRating {
      byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
    }
  }
}
