package org.saima.live.poll;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks a ballot's choices against its poll and returns them in one canonical form, so that equal
 * ballots are stored equal and counted in groups. A choice that cannot be a ballot of this poll (a
 * candidate not on it, a level not on the scale, a score outside 0..100) is refused; a choose ballot
 * with more than K marks is a real ballot, kept and counted invalid, as on paper.
 *
 * <ul>
 *   <li>choose, recommendation: {@code {"marked": [candidateId, …]}}</li>
 *   <li>approval: {@code {"approval": {"candidateId": "approve" | "oppose" | "abstain"}}}; unmarked is abstain</li>
 *   <li>rating: {@code {"ratings": {"candidateId": level}}}; unmarked is unrated</li>
 *   <li>score: {@code {"score": 0..100}}</li>
 * </ul>
 */
public final class BallotChoices {
  private BallotChoices() {
  }

  public static JsonObject canonical(PollDefinition poll, JsonObject choices) {
    return switch (poll.kind()) {
      case PollDefinition.CHOOSE, PollDefinition.RECOMMENDATION -> marked(poll, choices);
      case PollDefinition.APPROVAL -> byCandidate(poll, choices, "approval", Set.of("approve", "oppose", "abstain"));
      case PollDefinition.RATING -> byCandidate(poll, choices, "ratings", Set.copyOf(poll.ratingScale().levels()));
      case PollDefinition.SCORE -> score(choices);
      default -> throw new IllegalArgumentException("unknown poll kind " + poll.kind());
    };
  }

  private static JsonObject marked(PollDefinition poll, JsonObject choices) {
    JsonArray marked = choices.getValue("marked") instanceof JsonArray a ? a : null;
    if (marked == null) {
      throw new IllegalArgumentException("marked: a list of the candidates you mark is needed");
    }
    Set<String> seen = new HashSet<>();
    java.util.List<Long> ids = new java.util.ArrayList<>();
    for (Object mark : marked) {
      String key = String.valueOf(mark);
      if (!(mark instanceof Number) || !poll.hasCandidate(key)) {
        throw new IllegalArgumentException("marked: " + key + " is not a candidate in this poll");
      }
      if (!seen.add(key)) {
        throw new IllegalArgumentException("marked: candidate " + key + " is marked twice");
      }
      ids.add(((Number) mark).longValue());
    }
    ids.sort(null);
    return new JsonObject().put("marked", new JsonArray(ids));
  }

  private static JsonObject byCandidate(PollDefinition poll, JsonObject choices, String field, Set<String> allowed) {
    JsonObject given = choices.getValue(field) instanceof JsonObject o ? o : null;
    if (given == null) {
      throw new IllegalArgumentException(field + ": a choice per candidate is needed");
    }
    TreeMap<String, Object> canonical = new TreeMap<>();
    for (String key : given.fieldNames()) {
      Object value = given.getValue(key);
      if (!poll.hasCandidate(key)) {
        throw new IllegalArgumentException(field + ": " + key + " is not a candidate in this poll");
      }
      if (!(value instanceof String s) || !allowed.contains(s)) {
        throw new IllegalArgumentException(field + "." + key + ": must be one of " + allowed);
      }
      canonical.put(key, value);
    }
    return new JsonObject().put(field, new JsonObject(canonical));
  }

  private static JsonObject score(JsonObject choices) {
    Object score = choices.getValue("score");
    if (!(score instanceof Integer || score instanceof Long) || ((Number) score).intValue() < 0
        || ((Number) score).intValue() > 100) {
      throw new IllegalArgumentException("score: a whole number from 0 to 100 is needed");
    }
    return new JsonObject().put("score", ((Number) score).intValue());
  }
}
