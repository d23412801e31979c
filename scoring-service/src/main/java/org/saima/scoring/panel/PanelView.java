package org.saima.scoring.panel;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.saima.scoring.campaign.CampaignSettings;
import org.saima.scoring.common.Rows;

/**
 * A panel as one person may see it. The organizer sees every candidate by name and every recusal. An
 * examiner sees the candidates they may score (not those they are recused from), by drawn number only when
 * the campaign scores blind, and their own recusals.
 */
public final class PanelView {
  /** How a candidate is shown to a person: names hidden under blind scoring unless the person is the organizer. */
  public record Visibility(boolean namesShown) {
    public JsonObject candidate(Row row) {
      JsonObject json = new JsonObject().put("candidateId", row.getLong("candidate_id"))
          .put("drawNumber", row.getInteger("draw_number")).put("status", row.getString("status"));
      if (namesShown) {
        json.put("name", row.getString("name")).put("unit", row.getString("unit"))
            .put("currentPost", row.getString("current_post")).put("positionCode", row.getString("position_code"))
            .put("positionName", row.getString("position_name"));
      }
      return json;
    }
  }

  private PanelView() {
  }

  public static Future<Visibility> visibility(SqlClient sql, PanelAccess.Access access) {
    if (access.organizer() && !access.examiner()) {
      return Future.succeededFuture(new Visibility(true));
    }
    return CampaignSettings.load(sql, access.campaignId()).map(s -> new Visibility(!s.blindScoring()));
  }

  public static Future<JsonObject> load(SqlClient sql, PanelAccess.Access access) {
    return Panel.load(sql, access.campaignId(), access.panelId())
        .compose(panel -> visibility(sql, access)
            .compose(visibility -> sql.preparedQuery(PanelSql.RECUSALS).execute(Tuple.of(access.panelId()))
                .compose(recusals -> sql.preparedQuery(PanelSql.CANDIDATES).execute(Tuple.of(access.panelId()))
                    .map(candidates -> render(panel, access, visibility, recusals, candidates)))));
  }

  private static JsonObject render(Panel panel, PanelAccess.Access access, Visibility visibility,
      io.vertx.sqlclient.RowSet<Row> recusals, io.vertx.sqlclient.RowSet<Row> candidates) {
    boolean all = access.organizer() && !access.examiner();
    List<JsonObject> recusalList = Rows.list(recusals, PanelView::recusal).stream()
        .filter(r -> all || r.getLong("examinerId") == access.userId()).toList();
    Set<Long> hidden = recusalList.stream().filter(r -> !all).map(r -> r.getLong("candidateId"))
        .collect(Collectors.toSet());
    List<JsonObject> shown = Rows.list(candidates, visibility::candidate).stream()
        .filter(c -> !hidden.contains(c.getLong("candidateId"))).toList();
    return panel.toJson().put("blind", !visibility.namesShown()).put("candidates", new JsonArray(shown))
        .put("recusals", new JsonArray(recusalList))
        .put("you", new JsonObject().put("seat", access.seat()).put("chief", access.chief())
            .put("organizer", access.organizer()));
  }

  private static JsonObject recusal(Row row) {
    return new JsonObject().put("examinerId", row.getLong("examiner_id")).put("candidateId", row.getLong("candidate_id"))
        .put("declaredByExaminer", row.getBoolean("by_examiner")).put("reason", row.getString("reason"))
        .put("declaredBy", row.getString("declared_by"))
        .put("at", row.getOffsetDateTime("created_at").toInstant().toString());
  }
}
