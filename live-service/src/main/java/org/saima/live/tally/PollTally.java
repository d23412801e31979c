package org.saima.live.tally;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saima.live.poll.ApprovalCount;
import org.saima.live.poll.ApprovalPoll.Choice;
import org.saima.live.poll.ApprovalResult;
import org.saima.live.poll.AudienceScore;
import org.saima.live.poll.AudienceScoring;
import org.saima.live.poll.CategoryVotes;
import org.saima.live.poll.ChooseCount;
import org.saima.live.poll.ChooseTally;
import org.saima.live.poll.LevelCounts;
import org.saima.live.poll.PollDefinition;
import org.saima.live.poll.PollRules;
import org.saima.live.poll.RatingCount;
import org.saima.live.poll.RatingPoll;
import org.saima.live.poll.RecommendationResult;
import org.saima.live.poll.WeightedRecommendation;

/**
 * Counts a poll's ballots with the rules of its kind (the pure classes of {@code live.poll}) and says
 * the result as JSON for the console, the board and the certificate. {@code bars} is what a chart shows
 * for each candidate: votes, weighted score, approvals, the share rated at the second level or better,
 * or the score distribution.
 */
public final class PollTally {
  private PollTally() {
  }

  public static JsonObject count(PollDefinition poll, List<BallotGroup> groups, int issued) {
    int ballots = groups.stream().mapToInt(BallotGroup::count).sum();
    JsonObject result = switch (poll.kind()) {
      case PollDefinition.CHOOSE -> choose(poll, groups);
      case PollDefinition.RECOMMENDATION -> recommendation(poll, groups);
      case PollDefinition.APPROVAL -> approval(poll, groups, issued);
      case PollDefinition.RATING -> rating(poll, groups);
      case PollDefinition.SCORE -> score(groups);
      default -> throw new IllegalArgumentException("unknown poll kind " + poll.kind());
    };
    return result.put("kind", poll.kind()).put("ballots", ballots).put("issued", issued);
  }

  private static <T> List<T> expand(List<BallotGroup> groups, java.util.function.Function<BallotGroup, T> ballot) {
    List<T> all = new ArrayList<>();
    groups.forEach(g -> all.addAll(Collections.nCopies(g.count(), ballot.apply(g))));
    return all;
  }

  private static List<String> marks(BallotGroup g) {
    return g.choices().getJsonArray("marked").stream().map(String::valueOf).toList();
  }

  private static JsonObject choose(PollDefinition poll, List<BallotGroup> groups) {
    ChooseTally tally = ChooseCount.tally(PollRules.choose(poll), expand(groups, PollTally::marks));
    JsonArray bars = new JsonArray();
    poll.candidates().forEach(c -> bars.add(bar(c, tally.votes().get(c.key()))));
    JsonArray standings = new JsonArray();
    tally.standings().forEach(s -> standings.add(new JsonObject().put("id", Long.valueOf(s.candidate()))
        .put("rank", s.rank()).put("votes", s.votes()).put("chosen", s.rank() <= poll.k())));
    return new JsonObject().put("k", poll.k()).put("cast", tally.cast()).put("valid", tally.valid())
        .put("blank", tally.blank()).put("invalid", tally.invalid()).put("invalidByReason", reasons(tally))
        .put("bars", bars).put("standings", standings);
  }

  private static JsonObject reasons(ChooseTally tally) {
    JsonObject reasons = new JsonObject();
    tally.invalidByReason().forEach((reason, n) -> reasons.put(reason.name(), n));
    return reasons;
  }

  private static JsonObject recommendation(PollDefinition poll, List<BallotGroup> groups) {
    List<CategoryVotes> counts = new ArrayList<>();
    int invalid = 0;
    for (PollDefinition.Category c : poll.categories()) {
      List<BallotGroup> mine = groups.stream().filter(g -> g.categoryId() == c.id()).toList();
      ChooseTally tally = ChooseCount.tally(PollRules.choose(poll), expand(mine, PollTally::marks));
      invalid += tally.invalid();
      counts.add(new CategoryVotes(String.valueOf(c.id()), tally.valid(), tally.votes()));
    }
    RecommendationResult result = WeightedRecommendation.tally(PollRules.recommendation(poll), counts);
    JsonArray bars = new JsonArray();
    JsonArray standings = new JsonArray();
    for (RecommendationResult.Standing s : result.standings()) {
      PollDefinition.Option option = option(poll, s.candidate());
      bars.add(bar(option, s.score()));
      standings.add(new JsonObject().put("id", option.id()).put("name", option.name()).put("rank", s.rank())
          .put("score", s.score().toPlainString()).put("rawVotes", s.rawVotes())
          .put("votesByCategory", new JsonObject(new HashMap<>(s.votesByCategory())))
          .put("recommended", s.rank() <= poll.k()).put("awaitingDecision", s.awaitingDecision()));
    }
    JsonArray reports = new JsonArray();
    result.categories().forEach(r -> reports.add(new JsonObject().put("id", Long.valueOf(r.category()))
        .put("name", poll.category(Long.parseLong(r.category())).name()).put("factor", r.factor().toPlainString())
        .put("validBallots", r.validBallots()).put("votes", new JsonObject(new HashMap<>(r.votes())))
        .put("contribution", contributions(r))));
    return new JsonObject().put("k", poll.k()).put("mode", result.mode().name().toLowerCase())
        .put("invalid", invalid).put("bars", sortedByCandidate(poll, bars)).put("standings", standings)
        .put("categories", reports).put("categoriesWithoutBallots", new JsonArray(result.categoriesWithoutBallots()))
        .put("unresolvedTies", new JsonArray(result.unresolvedTies().stream().map(JsonArray::new).toList()));
  }

  private static JsonObject contributions(RecommendationResult.CategoryReport report) {
    JsonObject json = new JsonObject();
    report.contribution().forEach((candidate, value) -> json.put(candidate, value.toPlainString()));
    return json;
  }

  private static JsonObject approval(PollDefinition poll, List<BallotGroup> groups, int issued) {
    List<Map<String, Choice>> ballots = expand(groups, g -> {
      Map<String, Choice> ballot = new HashMap<>();
      g.choices().getJsonObject("approval").forEach(e ->
          ballot.put(e.getKey(), Choice.valueOf(((String) e.getValue()).toUpperCase())));
      return ballot;
    });
    ApprovalResult result = ApprovalCount.tally(PollRules.approval(poll), issued, ballots);
    JsonArray bars = new JsonArray();
    JsonArray tallies = new JsonArray();
    for (ApprovalResult.CandidateTally t : result.tallies()) {
      PollDefinition.Option option = option(poll, t.candidate());
      bars.add(bar(option, t.approve()));
      tallies.add(new JsonObject().put("id", option.id()).put("name", option.name()).put("approve", t.approve())
          .put("oppose", t.oppose()).put("abstain", t.abstain()).put("passes", t.passes())
          .put("elected", result.elected().contains(t.candidate())));
    }
    return new JsonObject().put("seats", poll.k()).put("entitled", poll.entitled()).put("received", result.received())
        .put("quorumRequired", result.quorumRequired()).put("basis", poll.basis()).put("base", result.base())
        .put("minimumApprovals", result.minimumApprovals()).put("valid", result.valid())
        .put("invalidReasons", new JsonArray(result.invalidReasons())).put("bars", bars).put("tallies", tallies)
        .put("elected", ids(result.elected())).put("unfilledSeats", result.unfilledSeats())
        .put("runoff", result.runoff().map(r -> new JsonObject().put("candidates", ids(r.candidates()))
            .put("seats", r.seats())).orElse(null));
  }

  private static JsonObject rating(PollDefinition poll, List<BallotGroup> groups) {
    List<RatingPoll.Ballot> ballots = new ArrayList<>();
    for (BallotGroup g : groups) {
      Map<String, String> ratings = new HashMap<>();
      g.choices().getJsonObject("ratings").forEach(e -> ratings.put(e.getKey(), (String) e.getValue()));
      ballots.addAll(Collections.nCopies(g.count(), new RatingPoll.Ballot(String.valueOf(g.categoryId()), ratings)));
    }
    List<String> levels = poll.ratingScale().levels();
    JsonArray bars = new JsonArray();
    JsonArray subjects = new JsonArray();
    for (RatingCount.SubjectRating s : RatingCount.tally(PollRules.rating(poll), ballots)) {
      PollDefinition.Option option = option(poll, s.subject());
      bars.add(bar(option, s.overall().atOrAbove(levels.get(1))));
      JsonObject byCategory = new JsonObject();
      s.byCategory().forEach((category, counts) -> byCategory.put(category, levels(counts)));
      subjects.add(new JsonObject().put("id", option.id()).put("name", option.name())
          .put("overall", levels(s.overall())).put("byCategory", byCategory));
    }
    return new JsonObject().put("scale", poll.ratingScale().name()).put("levels", new JsonArray(levels))
        .put("barMeaning", levels.get(1) + "及以上").put("bars", bars).put("subjects", subjects);
  }

  private static JsonObject levels(LevelCounts counts) {
    JsonObject json = new JsonObject().put("rated", counts.rated()).put("unrated", counts.unrated());
    JsonObject byLevel = new JsonObject();
    counts.levels().forEach(l -> byLevel.put(l, new JsonObject().put("count", counts.counts().get(l))
        .put("share", counts.share(l).toPlainString())));
    return json.put("levels", byLevel);
  }

  private static JsonObject score(List<BallotGroup> groups) {
    AudienceScore score = AudienceScoring.DEFAULT.score(expand(groups, g -> g.choices().getInteger("score")));
    JsonArray bars = new JsonArray();
    score.distribution().forEach(b -> bars.add(new JsonObject().put("name", b.from() + "–" + b.to())
        .put("value", b.count())));
    return new JsonObject().put("count", score.count())
        .put("mean", score.mean().map(java.math.BigDecimal::toPlainString).orElse(null))
        .put("trimmedEachSide", score.trimmedEachSide())
        .put("trimmedMean", score.trimmedMean().map(java.math.BigDecimal::toPlainString).orElse(null))
        .put("bars", bars);
  }

  private static JsonObject bar(PollDefinition.Option option, Object value) {
    Object plain = value instanceof java.math.BigDecimal d ? d.toPlainString() : value;
    return new JsonObject().put("id", option.id()).put("name", option.name()).put("value", plain);
  }

  private static JsonArray sortedByCandidate(PollDefinition poll, JsonArray bars) {
    JsonArray sorted = new JsonArray();
    poll.candidates().forEach(c -> bars.stream().map(b -> (JsonObject) b)
        .filter(b -> b.getLong("id") == c.id()).findFirst().ifPresent(sorted::add));
    return sorted;
  }

  private static PollDefinition.Option option(PollDefinition poll, String key) {
    return poll.candidates().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
  }

  private static JsonArray ids(List<String> keys) {
    return new JsonArray(keys.stream().map(Long::valueOf).toList());
  }
}
