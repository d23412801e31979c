package org.saima.scoring.stage;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import org.saima.scoring.common.Decimals;
import org.saima.scoring.ranking.StageRule;

/** A stage of a campaign as stored. */
public record Stage(long id, long campaignId, int seq, String code, String name, String source, String sourceRef,
    BigDecimal weight, BigDecimal maxPoints, BigDecimal passMark, BigDecimal shortlistRatio, int version) {

  public static final String COLUMNS = "s.id, s.campaign_id, s.seq, s.code, s.name, s.source, s.source_ref,"
      + " s.weight, s.max_points, s.pass_mark, s.shortlist_ratio, s.version";

  public static Stage fromRow(Row row) {
    return new Stage(row.getLong("id"), row.getLong("campaign_id"), row.getInteger("seq"), row.getString("code"),
        row.getString("name"), row.getString("source"), row.getString("source_ref"), row.getBigDecimal("weight"),
        row.getBigDecimal("max_points"), row.getBigDecimal("pass_mark"), row.getBigDecimal("shortlist_ratio"),
        row.getInteger("version"));
  }

  /** Scores of a panel stage come from its panels' confirmed sheets, never by hand. */
  public boolean fromPanels() {
    return "panel".equals(source);
  }

  /** Exam, assessment and poll stages take results other services publish. */
  public boolean fromFacts() {
    return "exam".equals(source) || "assessment".equals(source) || "poll".equals(source);
  }

  /** The stage as the selection rules see it, named by its code. */
  public StageRule rule() {
    return new StageRule(code, weight, passMark, shortlistRatio);
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id).put("campaignId", campaignId).put("seq", seq).put("code", code)
        .put("name", name).put("source", source).put("sourceRef", sourceRef).put("weight", Decimals.plain(weight))
        .put("maxPoints", Decimals.plain(maxPoints)).put("passMark", Decimals.plain(passMark))
        .put("shortlistRatio", Decimals.plain(shortlistRatio)).put("version", version);
  }
}
