package org.saima.scoring.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.saima.scoring.panel.PanelScore;
import org.saima.shared.audit.Actor;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.db.Tx;

/** The demo's speech panel: rubric, seven examiners, fourteen speakers by drawn number, sheets, confirmations. */
final class DemoPanel {
  private static final String[][] RUBRIC = {
      {"政治素质", "20", "理想信念坚定，对党忠诚；能结合岗位谈对党的路线方针政策的理解。"},
      {"岗位认知", "20", "熟悉拟任岗位的职责、所在领域的政策和本地实际。"},
      {"工作思路", "25", "目标清楚，措施具体可行，重点突出，有创新。"},
      {"语言表达", "15", "表达准确、简洁、有条理，富有感染力。"},
      {"应变能力", "20", "答问切题，面对追问沉着冷静，论据充分。"}};

  private DemoPanel() {
  }

  static Future<Void> create(Tx tx, long campaignId, long stageId, List<Long> examiners, Map<String, Long> people) {
    return tx.conn().preparedQuery("INSERT INTO scoring.panels (campaign_id, stage_id, name, drop_highest, drop_lowest,"
            + " minimum_for_dropping, outlier_limit) VALUES ($1, $2, '第一考官组', 1, 1, 5, 5) RETURNING id")
        .execute(Tuple.of(campaignId, stageId))
        .map(rows -> rows.iterator().next().getLong("id"))
        .compose(panelId -> rubric(tx, panelId)
            .compose(x -> members(tx, panelId, examiners))
            .compose(x -> speakers(tx, panelId, stageId, people))
            .compose(x -> tx.audit(new Actor(null, "system:demo"), AuditEvent.of("panel.create", "panel", panelId,
                campaignId, new JsonObject().put("name", "第一考官组").put("demo", true))))
            .compose(x -> sheets(tx, campaignId, panelId, stageId, examiners, people)));
  }

  private static Future<Void> rubric(Tx tx, long panelId) {
    Future<Void> chain = Future.succeededFuture();
    for (int i = 0; i < RUBRIC.length; i++) {
      String[] d = RUBRIC[i];
      int seq = i + 1;
      chain = chain.compose(x -> tx.conn().preparedQuery("INSERT INTO scoring.rubric_dimensions (panel_id, seq, name,"
          + " maximum, weight, guidance) VALUES ($1, $2, $3, $4, 1, $5)")
          .execute(Tuple.of(panelId, seq, d[0]).addBigDecimal(new BigDecimal(d[1])).addString(d[2])).mapEmpty());
    }
    return chain;
  }

  private static Future<Void> members(Tx tx, long panelId, List<Long> examiners) {
    Future<Void> chain = Future.succeededFuture();
    for (int i = 0; i < examiners.size(); i++) {
      int seat = i + 1;
      long id = examiners.get(i);
      chain = chain.compose(x -> tx.conn().preparedQuery("INSERT INTO scoring.panel_examiners (panel_id, user_id, seat,"
          + " chief) VALUES ($1, $2, $3, $4)").execute(Tuple.of(panelId, id, seat, seat == 1)).mapEmpty());
    }
    return chain;
  }

  private static Future<Void> speakers(Tx tx, long panelId, long stageId, Map<String, Long> people) {
    Future<Void> chain = Future.succeededFuture();
    for (int i = 0; i < DemoData.SPEAKERS.size(); i++) {
      int number = i + 1;
      long candidate = people.get(DemoData.SPEAKERS.get(i));
      chain = chain.compose(x -> tx.conn().preparedQuery("INSERT INTO scoring.panel_candidates (panel_id, stage_id,"
          + " candidate_id, draw_number) VALUES ($1, $2, $3, $4)").execute(Tuple.of(panelId, stageId, candidate, number))
          .mapEmpty());
    }
    return chain;
  }

  private static Future<Void> sheets(Tx tx, long campaignId, long panelId, long stageId, List<Long> examiners,
      Map<String, Long> people) {
    Future<Void> chain = Future.succeededFuture();
    for (var speaker : DemoData.SPEECH.entrySet()) {
      long candidate = people.get(speaker.getKey());
      int scoring = DemoData.HALF_SCORED.contains(speaker.getKey()) ? 4 : examiners.size();
      Map<Long, BigDecimal> totals = new HashMap<>();
      for (int i = 0; i < scoring; i++) {
        int total = speaker.getValue() + DemoData.LEANING[i];
        long examiner = examiners.get(i);
        totals.put(examiner, BigDecimal.valueOf(total));
        boolean corrected = speaker.getKey().equals("吴海峰") && i == 2;
        chain = chain.compose(x -> sheet(tx, panelId, candidate, examiner, corrected ? total - 1 : total)
            .compose(sheetId -> corrected ? rescore(tx, sheetId, examiner, total) : Future.succeededFuture()));
      }
      if (DemoData.CONFIRMED.contains(speaker.getKey())) {
        chain = chain.compose(x -> confirm(tx, campaignId, panelId, stageId, candidate, examiners, totals));
      }
    }
    return chain;
  }

  private static Future<Long> sheet(Tx tx, long panelId, long candidate, long examiner, int total) {
    JsonObject scores = scores(total);
    return tx.conn().preparedQuery("INSERT INTO scoring.sheets (panel_id, candidate_id, examiner_id, scores, total)"
            + " VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .execute(Tuple.of(panelId, candidate, examiner, scores).addBigDecimal(BigDecimal.valueOf(total)))
        .map(rows -> rows.iterator().next().getLong("id"))
        .compose(id -> tx.conn().preparedQuery("INSERT INTO scoring.sheet_submissions (submission_id, sheet_id, version,"
            + " scores, total, submitted_by) VALUES ($1, $2, 1, $3, $4, $5)")
            .execute(Tuple.of(UUID.randomUUID(), id, scores).addBigDecimal(BigDecimal.valueOf(total)).addLong(examiner)).map(id));
  }

  private static Future<Void> rescore(Tx tx, long sheetId, long examiner, int total) {
    JsonObject scores = scores(total);
    String reason = "误将语言表达记为 11.5 分，应为 12.5 分";
    return tx.conn().preparedQuery("UPDATE scoring.sheets SET scores = $2, total = $3, version = 2 WHERE id = $1")
        .execute(Tuple.of(sheetId, scores).addBigDecimal(BigDecimal.valueOf(total)))
        .compose(x -> tx.conn().preparedQuery("INSERT INTO scoring.sheet_submissions (submission_id, sheet_id, version,"
            + " scores, total, reason, submitted_by) VALUES ($1, $2, 2, $3, $4, $5, $6)")
            .execute(Tuple.of(UUID.randomUUID(), sheetId, scores).addBigDecimal(BigDecimal.valueOf(total)).addString(reason).addLong(examiner)))
        .mapEmpty();
  }

  private static Future<Void> confirm(Tx tx, long campaignId, long panelId, long stageId, long candidate,
      List<Long> examiners, Map<Long, BigDecimal> totals) {
    PanelScore score = DemoSelection.panelScore(examiners, totals);
    long chief = examiners.get(0);
    return tx.conn().preparedQuery("UPDATE scoring.panel_candidates SET status = 'confirmed', confirmed_by = $3,"
            + " confirmed_at = now() WHERE panel_id = $1 AND candidate_id = $2").execute(Tuple.of(panelId, candidate, chief))
        .compose(x -> tx.conn().preparedQuery("INSERT INTO scoring.stage_results (stage_id, candidate_id, points,"
            + " max_points, source, source_ref, note, recorded_by) VALUES ($1, $2, $3, 100, 'panel', $4, $5, $6)")
            .execute(Tuple.of(stageId, candidate).addBigDecimal(score.score().orElseThrow()).addString("panel:" + panelId)
                .addString(score.explain()).addLong(chief)))
        .compose(x -> tx.audit(new Actor(chief, "kaoguan01"), AuditEvent.of("panel.confirm", "panel", panelId, campaignId,
            new JsonObject().put("candidateId", candidate).put("panelScore", score.score().orElseThrow().toPlainString())
                .put("explain", score.explain()).put("demo", true))))
        .mapEmpty();
  }

  private static JsonObject scores(int total) {
    JsonObject json = new JsonObject();
    DemoData.split(total).forEach(json::put);
    return json;
  }
}
