package org.saima.live.poll;

import io.vertx.core.json.JsonArray;
import java.util.List;
import org.saima.live.poll.ApprovalPoll.ThresholdBasis;
import org.saima.live.poll.RecommendationPoll.Mode;
import org.saima.shared.http.Problem;

/**
 * Turns a {@link PollDefinition} into the rule records of its kind, and checks its setup with
 * {@link PollSetup}, naming the request field each refusal is about.
 */
public final class PollRules {
  private PollRules() {
  }

  public static ChoosePoll choose(PollDefinition d) {
    return new ChoosePoll(d.candidateKeys(), d.k());
  }

  public static ApprovalPoll approval(PollDefinition d) {
    return new ApprovalPoll(d.candidateKeys(), d.k(), d.entitled(),
        "cast".equals(d.basis()) ? ThresholdBasis.CAST : ThresholdBasis.ENTITLED, d.quorum());
  }

  public static RecommendationPoll recommendation(PollDefinition d) {
    Mode mode = "multiplier".equals(d.mode()) ? Mode.MULTIPLIER : Mode.SHARE;
    List<VoterCategory> categories = d.categories().stream()
        .map(c -> new VoterCategory(String.valueOf(c.id()), mode == Mode.SHARE ? c.weight() : c.multiplier()))
        .toList();
    return new RecommendationPoll(d.candidateKeys(), d.k(), mode, categories);
  }

  public static RatingPoll rating(PollDefinition d) {
    return new RatingPoll(d.ratingScale(), d.candidateKeys(),
        d.categories().stream().map(c -> String.valueOf(c.id())).toList());
  }

  /** Refuses a setup that breaks a rule, as a 400 whose errors name the field and explain the rule. */
  public static void check(PollSetup setup, PollDefinition d) {
    SetupCheck check = switch (d.kind()) {
      case PollDefinition.CHOOSE -> setup.check(choose(d));
      case PollDefinition.APPROVAL -> setup.check(approval(d));
      case PollDefinition.RECOMMENDATION -> setup.check(named(recommendation(d), d));
      default -> new SetupCheck(d.candidates().isEmpty() ? List.of("A poll needs at least one candidate") : List.of());
    };
    if (!check.accepted()) {
      JsonArray errors = new JsonArray();
      check.refusals().forEach(r -> errors.add(Problem.field(fieldOf(r), r)));
      throw Problem.badRequest("The poll's setup breaks a rule: " + String.join("; ", check.refusals()) + ".", errors);
    }
  }

  /** The same poll with categories by name, so that a refusal names 网络观众, not category 4. */
  private static RecommendationPoll named(RecommendationPoll poll, PollDefinition d) {
    List<VoterCategory> named = d.categories().stream()
        .map(c -> new VoterCategory(c.name(), poll.mode() == Mode.SHARE ? c.weight() : c.multiplier())).toList();
    return new RecommendationPoll(poll.candidates(), poll.k(), poll.mode(), named);
  }

  private static String fieldOf(String refusal) {
    String lower = refusal.toLowerCase();
    if (lower.contains("categor") || lower.contains("weight") || lower.contains("multiplier")) {
      return "categories";
    }
    if (lower.contains("entitled")) {
      return "entitled";
    }
    if (lower.contains("quorum")) {
      return "quorum";
    }
    if (lower.contains("candidate names") || lower.contains("at least one candidate")) {
      return "candidateIds";
    }
    return "seats";
  }
}
