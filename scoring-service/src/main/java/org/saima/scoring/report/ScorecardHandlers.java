package org.saima.scoring.report;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saima.scoring.campaign.IdCard;
import org.saima.scoring.common.Decimals;
import org.saima.scoring.common.Rows;
import org.saima.scoring.panel.Panel;
import org.saima.scoring.panel.PanelView;
import org.saima.scoring.ranking.CampaignSelection;
import org.saima.scoring.ranking.RankingJson;
import org.saima.scoring.ranking.StageScore;
import org.saima.scoring.sheet.LineJson;
import org.saima.scoring.sheet.PanelSheets;
import org.saima.scoring.stage.Stage;
import org.saima.shared.auth.Authz;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/**
 * A candidate's detail, explainable line by line: every stage score and where it came from, each panel
 * sheet with dropped totals marked (examiners named for the organizer, 评委1..n with {@code anonymized=true},
 * the copy for the candidate), each stage's shortlist outcome and the composite written out.
 */
public final class ScorecardHandlers {
  private final Node node;

  public ScorecardHandlers(Node node) {
    this.node = node;
  }

  public void get(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long candidateId = Authz.pathLong(ctx, "candidateId");
    boolean anonymized = "true".equals(ctx.queryParams().get("anonymized"));
    SqlClient sql = node.store().pool();
    Responses.reply(ctx, sql.preparedQuery(ReportSql.CANDIDATE).execute(Tuple.of(campaignId, candidateId))
        .compose(rows -> Rows.one(rows, row -> row, "Campaign " + campaignId + " has no candidate " + candidateId + "."))
        .compose(candidate -> CampaignSelection.load(node.vertx(), sql, campaignId)
            .compose(selection -> stages(sql, selection, campaignId, candidateId, anonymized)
                .map(stages -> new JsonObject().put("anonymized", anonymized).put("candidate", candidate(candidate))
                    .put("stages", stages).mergeIn(selectionOf(selection, candidate))))));
  }

  private static JsonObject candidate(Row row) {
    String idCard = row.getString("id_card");
    LocalDate birth = IdCard.birthDate(idCard);
    return new JsonObject().put("id", row.getLong("id")).put("name", row.getString("name"))
        .put("gender", IdCard.gender(idCard)).put("birthYear", birth == null ? null : birth.getYear())
        .put("unit", row.getString("unit")).put("currentPost", row.getString("current_post"))
        .put("positionId", row.getLong("position_id")).put("positionCode", row.getString("position_code"))
        .put("positionName", row.getString("position_name")).put("seats", row.getInteger("seats"));
  }

  private static Future<JsonArray> stages(SqlClient sql, CampaignSelection selection, long campaignId, long candidateId,
      boolean anonymized) {
    Tuple args = Tuple.of(campaignId, candidateId);
    return sql.preparedQuery(ReportSql.RESULTS).execute(args)
        .compose(results -> sql.preparedQuery(ReportSql.PANELS_OF).execute(args)
            .compose(panels -> panelLines(sql, campaignId, candidateId, Rows.list(panels, r -> r.getLong("panel_id")),
                anonymized))
            .map(lines -> {
              Map<Long, Row> byStage = new HashMap<>();
              results.forEach(r -> byStage.put(r.getLong("stage_id"), r));
              return new JsonArray(selection.stages().stream()
                  .map(stage -> stage(stage, byStage.get(stage.id()), lines.get(stage.id()), anonymized)).toList());
            }));
  }

  /** A panel result is recorded by the chief examiner: the candidate's copy does not name them either. */
  private static JsonObject stage(Stage stage, Row result, JsonObject panelLine, boolean anonymized) {
    JsonObject json = stage.toJson().put("panel", panelLine);
    if (result == null) {
      return json.putNull("result");
    }
    return json.put("result", new JsonObject().put("points", Decimals.plain(result.getBigDecimal("points")))
        .put("maxPoints", Decimals.plain(result.getBigDecimal("max_points")))
        .put("normalized", StageScore.ofPoints(stage.code(), result.getBigDecimal("points"),
            result.getBigDecimal("max_points")).normalized().toPlainString())
        .put("source", result.getString("source")).put("sourceRef", result.getString("source_ref"))
        .put("note", result.getString("note"))
        .put("recordedBy", anonymized && stage.fromPanels() ? null : result.getString("recorded_by"))
        .put("recordedAt", result.getOffsetDateTime("recorded_at").toInstant().toString()));
  }

  /** The candidate's line on each panel that scored them, by stage id. */
  private static Future<Map<Long, JsonObject>> panelLines(SqlClient sql, long campaignId, long candidateId,
      List<Long> panelIds, boolean anonymized) {
    Map<Long, JsonObject> byStage = new HashMap<>();
    Future<Void> chain = Future.succeededFuture();
    for (long panelId : panelIds) {
      chain = chain.compose(x -> Panel.load(sql, campaignId, panelId)
          .compose(panel -> PanelSheets.load(sql, panelId, candidateId).map(lines -> {
            byStage.put(panel.stageId(), LineJson.render(panel, lines.get(0), new PanelView.Visibility(true), anonymized)
                .put("panelId", panelId).put("panelName", panel.name())
                .put("dimensions", Panel.rubricJson(panel.rubric())));
            return null;
          })));
    }
    return chain.map(byStage);
  }

  /** This candidate's entry in each round and in the final list. */
  private static JsonObject selectionOf(CampaignSelection selection, Row candidate) {
    JsonObject position = new RankingJson(selection).position(selection.position(candidate.getLong("position_id")));
    long id = candidate.getLong("id");
    JsonArray rounds = new JsonArray();
    position.getJsonArray("rounds").forEach(r -> {
      JsonObject round = (JsonObject) r;
      rounds.add(new JsonObject().put("stage", round.getString("stage")).put("stageName", round.getString("stageName"))
          .put("ratio", round.getString("ratio")).put("passMark", round.getString("passMark"))
          .put("quota", round.getInteger("quota")).put("entry", entry(round.getJsonArray("candidates"), id))
          .put("missing", round.getJsonArray("missing").stream().anyMatch(m -> ((JsonObject) m).getLong("candidateId") == id)));
    });
    JsonObject last = position.getJsonObject("final");
    return new JsonObject().put("status", position.getString("status")).put("rounds", rounds)
        .put("final", last == null ? null : entry(last.getJsonArray("candidates"), id));
  }

  private static JsonObject entry(JsonArray candidates, long id) {
    if (candidates == null) {
      return null;
    }
    return candidates.stream().map(JsonObject.class::cast).filter(c -> c.getLong("candidateId") == id).findFirst()
        .orElse(null);
  }
}
