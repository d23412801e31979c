package org.saima.live.poll;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.saima.shared.http.Problem;

/**
 * Builds a poll's {@link PollDefinition} from a create request and the event it belongs to: candidates
 * and categories default to all of the event's, seats to the position's, the threshold basis to entitled
 * voters, the quorum to 2/3, the weighting to share mode and the rating scale to 民主测评.
 */
public final class PollInput {
  private PollInput() {
  }

  public static PollDefinition definition(JsonObject body, JsonObject event) {
    String kind = body.getString("kind");
    List<PollDefinition.Option> candidates = candidates(body, event, kind);
    List<PollDefinition.Category> categories = categories(body, event);
    int defaultK = PollDefinition.RATING.equals(kind) || PollDefinition.SCORE.equals(kind) ? 0 : event.getInteger("seats");
    int entitled = body.getInteger("entitled", categories.stream().mapToInt(PollDefinition.Category::entitled).sum());
    JsonObject quorum = body.getJsonObject("quorum", new JsonObject());
    return new PollDefinition(kind, candidates, categories, body.getInteger("seats", defaultK), entitled,
        body.getString("basis", "entitled"), quorum.getInteger("numerator", 2), quorum.getInteger("denominator", 3),
        body.getString("mode", "share"), body.getString("scale", "evaluation"));
  }

  private static List<PollDefinition.Option> candidates(JsonObject body, JsonObject event, String kind) {
    JsonArray given = body.getJsonArray("candidateIds");
    List<PollDefinition.Option> all = event.getJsonArray("candidates").stream().map(c -> (JsonObject) c)
        .map(c -> new PollDefinition.Option(c.getLong("id"), c.getString("name"))).toList();
    if (given == null) {
      if (PollDefinition.SCORE.equals(kind)) {
        Long onStage = event.getJsonObject("stage").getLong("candidateId");
        if (onStage == null) {
          throw Problem.invalidField("candidateIds", "name the speaker to score, or put one on stage first");
        }
        return all.stream().filter(c -> c.id() == onStage).toList();
      }
      return all;
    }
    List<PollDefinition.Option> chosen = new ArrayList<>();
    for (Object id : given) {
      long wanted = ((Number) id).longValue();
      PollDefinition.Option option = all.stream().filter(c -> c.id() == wanted).findFirst()
          .orElseThrow(() -> Problem.invalidField("candidateIds", wanted + " is not a candidate of this event"));
      if (chosen.contains(option)) {
        throw Problem.invalidField("candidateIds", wanted + " is listed twice");
      }
      chosen.add(option);
    }
    if (PollDefinition.SCORE.equals(kind) && chosen.size() != 1) {
      throw Problem.invalidField("candidateIds", "an audience score is for exactly one speaker");
    }
    return chosen;
  }

  private static List<PollDefinition.Category> categories(JsonObject body, JsonObject event) {
    JsonArray given = body.getJsonArray("categoryIds");
    List<PollDefinition.Category> all = event.getJsonArray("categories").stream().map(c -> (JsonObject) c)
        .map(c -> new PollDefinition.Category(c.getLong("id"), c.getString("name"), new BigDecimal(c.getString("weight")),
            new BigDecimal(c.getString("multiplier")), c.getInteger("entitled"))).toList();
    if (given == null) {
      return all;
    }
    List<PollDefinition.Category> chosen = new ArrayList<>();
    for (Object id : given) {
      long wanted = ((Number) id).longValue();
      chosen.add(all.stream().filter(c -> c.id() == wanted).findFirst()
          .orElseThrow(() -> Problem.invalidField("categoryIds", wanted + " is not a voter category of this event")));
    }
    if (chosen.isEmpty()) {
      throw Problem.invalidField("categoryIds", "at least one voter category must take part");
    }
    return chosen;
  }

  /** The runoff among candidates tied at the last seat: same rules, the tied candidates, the seats left. */
  public static PollDefinition runoff(PollDefinition poll, List<Long> tied, int seats) {
    List<PollDefinition.Option> candidates = poll.candidates().stream().filter(c -> tied.contains(c.id())).toList();
    return new PollDefinition(poll.kind(), candidates, poll.categories(), seats, poll.entitled(), poll.basis(),
        poll.quorumNumerator(), poll.quorumDenominator(), poll.mode(), poll.scale());
  }
}
