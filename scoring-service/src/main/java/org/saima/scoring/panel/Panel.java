package org.saima.scoring.panel;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.saima.scoring.common.Decimals;
import org.saima.scoring.common.Rows;

/** A panel as stored: its stage, aggregation settings, rubric and examiners in seat order. */
public record Panel(long id, long campaignId, long stageId, String stageCode, String stageName, String name,
    AggregationSettings settings, Rubric rubric, List<Member> examiners, int version) {

  /** An examiner on the panel; {@code seat} is their number (评委 1..n). */
  public record Member(long userId, int seat, boolean chief, String username, String displayName) {
    public String label() {
      return "评委" + seat;
    }

    JsonObject toJson() {
      return new JsonObject().put("userId", userId).put("seat", seat).put("chief", chief).put("username", username)
          .put("displayName", displayName);
    }
  }

  public static Future<Panel> load(SqlClient sql, long campaignId, long panelId) {
    return sql.preparedQuery(PanelSql.GET).execute(Tuple.of(campaignId, panelId))
        .compose(rows -> Rows.one(rows, row -> row, "Campaign " + campaignId + " has no panel " + panelId + "."))
        .compose(head -> sql.preparedQuery(PanelSql.DIMENSIONS).execute(Tuple.of(panelId))
            .compose(dims -> sql.preparedQuery(PanelSql.EXAMINERS).execute(Tuple.of(panelId))
                .map(members -> new Panel(panelId, campaignId, head.getLong("stage_id"), head.getString("stage_code"),
                    head.getString("stage_name"), head.getString("name"), settings(head),
                    new Rubric(Rows.list(dims, Panel::dimension)), Rows.list(members, Panel::member),
                    head.getInteger("version")))));
  }

  static AggregationSettings settings(Row row) {
    return new AggregationSettings(row.getInteger("drop_highest"), row.getInteger("drop_lowest"),
        row.getInteger("minimum_for_dropping"), row.getBigDecimal("outlier_limit"));
  }

  private static Dimension dimension(Row row) {
    return new Dimension(row.getString("name"), row.getBigDecimal("maximum"), row.getBigDecimal("weight"),
        row.getString("guidance"));
  }

  private static Member member(Row row) {
    return new Member(row.getLong("user_id"), row.getInteger("seat"), row.getBoolean("chief"), row.getString("username"),
        row.getString("display_name"));
  }

  public Member chief() {
    return examiners.stream().filter(Member::chief).findFirst().orElse(null);
  }

  public Map<Long, Member> examinersById() {
    return examiners.stream().collect(Collectors.toMap(Member::userId, m -> m));
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id).put("campaignId", campaignId).put("stageId", stageId)
        .put("stageCode", stageCode).put("stageName", stageName).put("name", name).put("version", version)
        .put("dropHighest", settings.dropHighest()).put("dropLowest", settings.dropLowest())
        .put("minimumForDropping", settings.minimumForDropping())
        .put("outlierLimit", Decimals.plain(settings.outlierLimit()))
        .put("maximumTotal", Decimals.plain(rubric.maximumTotal()))
        .put("dimensions", rubricJson(rubric))
        .put("examiners", new JsonArray(examiners.stream().map(Member::toJson).toList()));
  }

  public static JsonArray rubricJson(Rubric rubric) {
    return new JsonArray(rubric.dimensions().stream().map(d -> new JsonObject().put("name", d.name())
        .put("maximum", Decimals.plain(d.maximum())).put("weight", Decimals.plain(d.weight()))
        .put("guidance", d.guidance())).toList());
  }
}
