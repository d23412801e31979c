package org.saima.scoring.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saima.scoring.panel.AggregationSettings;
import org.saima.scoring.panel.PanelScore;
import org.saima.scoring.panel.PanelScoring;
import org.saima.shared.audit.Actor;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.NewUser;
import org.saima.shared.auth.Roles;
import org.saima.shared.auth.Users;
import org.saima.shared.db.Tx;
import org.saima.shared.service.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo campaign's selection (SAIMA_DEMO=true): seven examiner accounts (password in {@link DemoData}),
 * four stages, results the exam and live services would publish (written as outbox facts, so they arrive
 * the way real ones do), the speech panel with its sheets, a re-score, an outlier and six confirmed
 * candidates. Loaded once, when the demo campaign has no stages yet.
 */
public final class DemoSelection {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSelection.class);
  private static final Actor DEMO = Actor.system("demo");
  private static final AggregationSettings SETTINGS = new AggregationSettings(1, 1, 5, BigDecimal.valueOf(5));

  private DemoSelection() {
  }

  public static Future<Void> load(Node node, String campaignName) {
    var pool = node.store().pool();
    return pool.preparedQuery("SELECT c.id, (SELECT count(*) FROM scoring.stages s WHERE s.campaign_id = c.id) AS stages"
            + " FROM core.campaigns c WHERE c.name = $1").execute(Tuple.of(campaignName))
        .compose(rows -> {
          if (rows.size() == 0 || rows.iterator().next().getLong("stages") > 0) {
            return Future.succeededFuture();
          }
          long campaignId = rows.iterator().next().getLong("id");
          return examiners(node, campaignId).compose(users -> node.store().transaction(tx -> candidates(tx, campaignId)
                  .compose(people -> insert(tx, campaignId, users, people))))
              .onSuccess(x -> LOG.info("demo selection loaded: examiner accounts kaoguan01..07, password {}",
                  DemoData.PASSWORD));
        });
  }

  private static Future<List<Long>> examiners(Node node, long campaignId) {
    Future<List<Long>> chain = Future.succeededFuture(new ArrayList<>());
    for (DemoData.Examiner e : DemoData.EXAMINERS) {
      chain = chain.compose(ids -> Users.byUsername(node.store().pool(), e.username()).compose(existing -> existing != null
          ? Future.succeededFuture(existing.id())
          : node.blocking(() -> node.passwords().hash(DemoData.PASSWORD)).compose(hash -> node.store().transaction(tx ->
              Users.insert(tx.conn(), new NewUser(e.username(), e.name(), DemoData.PASSWORD, List.of(Roles.EXAMINER), false,
                  List.of(campaignId)), hash).compose(id -> Users.grant(tx.conn(), id, campaignId).map(id)))))
          .map(id -> {
            ids.add(id);
            return ids;
          }));
    }
    return chain;
  }

  private static Future<Map<String, Long>> candidates(Tx tx, long campaignId) {
    return tx.conn().preparedQuery("SELECT id, name FROM core.candidates WHERE campaign_id = $1")
        .execute(Tuple.of(campaignId)).map(rows -> {
          Map<String, Long> byName = new HashMap<>();
          rows.forEach(row -> byName.put(row.getString("name"), row.getLong("id")));
          return byName;
        });
  }

  private static Future<Void> insert(Tx tx, long campaignId, List<Long> examiners, Map<String, Long> people) {
    return tx.conn().preparedQuery("INSERT INTO scoring.campaign_settings (campaign_id) VALUES ($1)")
        .execute(Tuple.of(campaignId))
        .compose(x -> stage(tx, campaignId, 1, "LZ", "任前廉政考试", "exam", "lz-2026", "0", "60", null))
        .compose(x -> stage(tx, campaignId, 2, "RJ", "人机对话能力测评", "assessment", "rj-2026", "0.3", null, "3"))
        .compose(x -> stage(tx, campaignId, 3, "MS", "竞职演讲与答辩", "panel", "", "0.5", null, "2"))
        .compose(speech -> stage(tx, campaignId, 4, "TJ", "民主推荐", "poll", "tj-2026", "0.2", null, null)
            .compose(x -> facts(tx, campaignId, people))
            .compose(x -> DemoPanel.create(tx, campaignId, speech, examiners, people)))
        .compose(x -> tx.audit(DEMO, AuditEvent.of("demo.selection", "campaign", campaignId, campaignId,
            new JsonObject().put("examiners", new JsonArray(examiners)))))
        .mapEmpty();
  }

  private static Future<Long> stage(Tx tx, long campaignId, int seq, String code, String name, String source, String ref,
      String weight, String passMark, String ratio) {
    return tx.conn().preparedQuery("INSERT INTO scoring.stages (campaign_id, seq, code, name, source, source_ref, weight,"
            + " pass_mark, shortlist_ratio) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id")
        .execute(Tuple.of(campaignId, seq, code, name, source, ref).addBigDecimal(new BigDecimal(weight))
            .addBigDecimal(passMark == null ? null : new BigDecimal(passMark))
            .addBigDecimal(ratio == null ? null : new BigDecimal(ratio)))
        .map(rows -> rows.iterator().next().getLong("id"))
        .compose(id -> tx.audit(DEMO, AuditEvent.of("stage.create", "stage", id, campaignId,
            new JsonObject().put("code", code).put("name", name).put("demo", true))).map(id));
  }

  /** What exam-service and live-service would publish, as outbox facts: consumed like real ones. */
  private static Future<Void> facts(Tx tx, long campaignId, Map<String, Long> people) {
    Future<Void> chain = Future.succeededFuture();
    for (var e : DemoData.INTEGRITY.entrySet()) {
      chain = chain.compose(x -> tx.fact("exam.result-published", campaignId, new JsonObject().put("campaignId", campaignId)
          .put("examId", "lz-2026").put("candidateId", people.get(e.getKey())).put("score", e.getValue())
          .put("maxScore", 100).put("passed", e.getValue() >= 60)).mapEmpty());
    }
    for (var e : DemoData.DIALOGUE.entrySet()) {
      chain = chain.compose(x -> tx.fact("exam.assessment-scored", campaignId, new JsonObject()
          .put("campaignId", campaignId).put("assessmentId", "rj-2026").put("candidateId", people.get(e.getKey()))
          .put("score", new BigDecimal(e.getValue())).put("maxScore", 100)).mapEmpty());
    }
    JsonArray poll = new JsonArray();
    DemoData.RECOMMENDATION.forEach((name, score) -> poll.add(new JsonObject().put("candidateId", people.get(name))
        .put("score", new BigDecimal(score)).put("maxScore", 100)));
    return chain.compose(x -> tx.fact("live.poll-certified", campaignId, new JsonObject().put("campaignId", campaignId)
        .put("pollId", "tj-2026").put("kind", "recommendation").put("results", poll)).mapEmpty());
  }

  /** The panel score the chief would confirm: the trimmed mean of the seven totals. */
  static PanelScore panelScore(List<Long> examiners, Map<Long, BigDecimal> totals) {
    List<String> order = examiners.stream().map(String::valueOf).toList();
    Map<String, BigDecimal> byKey = new LinkedHashMap<>();
    totals.forEach((id, total) -> byKey.put(String.valueOf(id), total));
    return new PanelScoring(SETTINGS).score(order, Set.of(), byKey);
  }
}
