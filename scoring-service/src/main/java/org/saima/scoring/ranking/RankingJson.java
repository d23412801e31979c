package org.saima.scoring.ranking;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.saima.scoring.common.Decimals;
import org.saima.scoring.stage.Stage;
import org.saima.shared.rules.DifferentialRule;

/**
 * The selection as JSON, with every number that led to it: per stage the ranking by composite so far and
 * who went on and why; at the end each candidate's composite written out line by line, and the nominated.
 */
public final class RankingJson {
  private final CampaignSelection selection;

  public RankingJson(CampaignSelection selection) {
    this.selection = selection;
  }

  public JsonObject campaign() {
    return new JsonObject().put("campaignId", selection.campaignId())
        .put("stages", new JsonArray(selection.stages().stream().map(Stage::toJson).toList()))
        .put("positions", new JsonArray(selection.positions().stream().map(this::position).toList()));
  }

  public JsonObject position(CampaignSelection.PositionSelection p) {
    SelectionResult result = p.result();
    Row row = p.position();
    JsonObject json = new JsonObject().put("positionId", p.id()).put("code", row.getString("code"))
        .put("name", row.getString("name")).put("unit", row.getString("unit")).put("seats", row.getInteger("seats"))
        .put("status", code(result.status().name())).put("problem", result.problem())
        .put("candidateCount", selection.candidates().values().stream()
            .filter(c -> c.getLong("position_id") == p.id()).count())
        .put("rounds", new JsonArray(result.rounds().stream().map(this::round).toList()))
        .put("decisions", decisions(p.decisions()));
    if (result.finalRanking() != null) {
      json.put("final", finalList(result));
    }
    return json;
  }

  private JsonObject round(Round round) {
    Stage stage = selection.stage(round.rule().stage());
    DifferentialRule.Check check = round.differential();
    JsonObject json = new JsonObject().put("stage", stage.code()).put("stageId", stage.id()).put("stageName", stage.name())
        .put("weight", Decimals.plain(stage.weight())).put("passMark", Decimals.plain(stage.passMark()))
        .put("ratio", Decimals.plain(stage.shortlistRatio())).put("entered", round.entered().size())
        .put("differential", new JsonObject().put("satisfied", check.satisfied())
            .put("minimumCandidates", check.minimumCandidates()).put("explain", check.explain()))
        .put("missing", new JsonArray(round.missingScores().stream().map(this::who).toList()));
    if (round.ranking() == null) {
      return json;
    }
    if (round.shortlist() != null && stage.shortlistRatio() != null) {
      json.put("quota", round.shortlist().quota()).put("passing", round.shortlist().passing())
          .put("overQuota", round.shortlist().overQuota());
    }
    return json.put("candidates", new JsonArray(round.ranking().candidates().stream()
        .map(c -> roundEntry(c, stage, round.shortlist() == null ? null : round.shortlist().entry(c.candidate())))
        .toList()));
  }

  /** A candidate in a stage's ranking: this stage's score and the composite so far (the final list writes it out). */
  private JsonObject roundEntry(RankedCandidate c, Stage stage, ShortlistEntry entry) {
    JsonObject json = who(c.candidate()).put("rank", c.rank()).put("tied", c.awaitingDecision())
        .put("composite", c.composite().value().toPlainString())
        .put("normalized", new JsonObject().put(stage.code(), c.normalized().get(stage.code()).toPlainString()));
    return outcome(json, entry, false, stage.shortlistRatio() == null);
  }

  private JsonObject finalList(SelectionResult result) {
    return new JsonObject()
        .put("candidates", new JsonArray(result.finalRanking().candidates().stream()
            .map(c -> ranked(c, result.finalList().entry(c.candidate()))).toList()))
        .put("nominated", new JsonArray(result.nominated().stream().map(Long::valueOf).toList()))
        .put("awaitingDecision", new JsonArray(result.finalList().awaitingDecision().stream().map(Long::valueOf).toList()))
        .put("unresolvedTies", new JsonArray(result.finalRanking().unresolvedTies().stream()
            .map(t -> new JsonArray(t.stream().map(Long::valueOf).toList())).toList()));
  }

  private JsonObject ranked(RankedCandidate c, ShortlistEntry entry) {
    JsonObject json = who(c.candidate()).put("rank", c.rank()).put("tied", c.awaitingDecision())
        .put("composite", c.composite().value().toPlainString())
        .put("exactSum", Decimals.plain(c.composite().exactSum()))
        .put("normalized", normalized(c.normalized()))
        .put("lines", lines(c.composite()))
        .put("formula", formula(c.composite()))
        .put("aheadOfNext", c.aheadOfNext() == null ? null : new JsonObject()
            .put("basis", code(c.aheadOfNext().basis().name())).put("stage", c.aheadOfNext().stage()));
    return outcome(json, entry, true, false);
  }

  private static JsonObject outcome(JsonObject json, ShortlistEntry entry, boolean last, boolean passMarkOnly) {
    if (entry == null) {
      return json.put("outcome", "in").put("reason", "no-shortlist");
    }
    String outcome = code(entry.outcome().name());
    if (last) {
      outcome = switch (entry.outcome()) {
        case IN -> "nominated";
        case OUT -> "not-nominated";
        case AWAITING_DECISION -> "awaiting-decision";
      };
    }
    String reason = passMarkOnly && entry.reason() == ShortlistEntry.Reason.WITHIN_RATIO ? "passed"
        : code(entry.reason().name());
    // The final list's quota is the seats themselves: say so rather than "ratio".
    if (last) {
      reason = reason.replace("-ratio", "-seats");
    }
    return json.put("outcome", outcome).put("reason", reason).put("place", entry.place())
        .put("failedPassMarks", new JsonArray(entry.failedPassMarks()));
  }

  private JsonObject who(String candidate) {
    Row row = selection.candidates().get(Long.valueOf(candidate));
    return new JsonObject().put("candidateId", row.getLong("id")).put("name", row.getString("name"))
        .put("unit", row.getString("unit")).put("currentPost", row.getString("current_post"));
  }

  private static JsonObject normalized(Map<String, BigDecimal> scores) {
    JsonObject json = new JsonObject();
    scores.forEach((stage, score) -> json.put(stage, score.toPlainString()));
    return json;
  }

  private JsonArray lines(Composite composite) {
    return new JsonArray(composite.lines().stream().map(l -> new JsonObject().put("stage", l.stage())
        .put("stageName", selection.stage(l.stage()) == null ? l.stage() : selection.stage(l.stage()).name())
        .put("normalized", l.normalized().toPlainString()).put("weight", Decimals.plain(l.weight()))
        .put("weighted", Decimals.plain(l.weighted()))).toList());
  }

  /**
   * "84.20 × 0.3 + 88.00 × 0.5 = 25.26 + 44.00 = 69.26": the composite a person can check by hand. Stages
   * with weight 0 (pass mark or shortlist only) add nothing and are left out; "≈" shows the final rounding.
   */
  public static String formula(Composite composite) {
    List<Composite.Line> lines = composite.lines().stream().filter(l -> l.weight().signum() > 0).toList();
    String products = lines.stream().map(l -> l.normalized().toPlainString() + " × " + Decimals.plain(l.weight()))
        .collect(Collectors.joining(" + "));
    String weighted = lines.stream().map(l -> Decimals.atLeastTwo(l.weighted())).collect(Collectors.joining(" + "));
    String exact = Decimals.atLeastTwo(composite.exactSum());
    String rounded = composite.value().toPlainString();
    return products + " = " + weighted + (lines.size() > 1 ? " = " + exact : "")
        + (exact.equals(rounded) ? "" : " ≈ " + rounded);
  }

  private static JsonObject decisions(Map<String, List<Row>> byRound) {
    JsonObject json = new JsonObject();
    byRound.forEach((round, rows) -> json.put(round, new JsonArray(rows.stream().map(r -> new JsonObject()
        .put("id", r.getLong("id"))
        .put("order", new JsonArray(List.of(r.getArrayOfLongs("candidate_ids")))).put("reason", r.getString("reason"))
        .put("decidedBy", r.getString("decided_by"))
        .put("decidedAt", r.getOffsetDateTime("decided_at").toInstant().toString())).toList())));
    return json;
  }

  static String code(String enumName) {
    return enumName.toLowerCase().replace('_', '-');
  }
}
