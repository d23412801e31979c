package org.saima.scoring.stage;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.saima.scoring.common.Decimals;
import org.saima.shared.audit.Actor;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.audit.AuditTrail;
import org.saima.shared.outbox.Fact;
import org.saima.shared.outbox.FactHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage results other services publish through the outbox (payloads in docs/stage-results.md). Each result
 * is kept in {@code received_results} and applied to every stage of the campaign naming its source, in the
 * consumer's transaction. A malformed fact is logged and skipped: it must not stop the facts behind it.
 */
public final class ResultFacts {
  public static final String EXAM_RESULT = "exam.result-published";
  public static final String ASSESSMENT_SCORED = "exam.assessment-scored";
  public static final String POLL_CERTIFIED = "live.poll-certified";
  private static final Logger LOG = LoggerFactory.getLogger(ResultFacts.class);
  private static final Actor OUTBOX = Actor.system("outbox");

  /** One candidate's published result; {@code ref} is the exam, assessment or poll id. */
  record Received(long campaignId, String source, String ref, long candidateId, BigDecimal points, BigDecimal max) {
  }

  private ResultFacts() {
  }

  public static Map<String, FactHandler> handlers() {
    return Map.of(EXAM_RESULT, (conn, fact) -> receive(conn, fact, "exam", "examId"),
        ASSESSMENT_SCORED, (conn, fact) -> receive(conn, fact, "assessment", "assessmentId"),
        POLL_CERTIFIED, (conn, fact) -> receive(conn, fact, "poll", "pollId"));
  }

  private static Future<Void> receive(SqlConnection conn, Fact fact, String source, String refField) {
    List<Received> results;
    try {
      results = parse(fact.payload(), source, refField);
    } catch (RuntimeException e) {
      LOG.warn("outbox fact {} ({}) skipped: {}", fact.id(), fact.topic(), e.getMessage());
      return Future.succeededFuture();
    }
    Future<Void> chain = Future.succeededFuture();
    for (Received r : results) {
      chain = chain.compose(x -> apply(conn, fact, r));
    }
    return chain;
  }

  /** A poll certifies many candidates at once ({@code results}); an exam or assessment fact is one candidate. */
  static List<Received> parse(JsonObject payload, String source, String refField) {
    long campaignId = required(payload, "campaignId").longValue();
    String ref = String.valueOf(requiredValue(payload, refField));
    JsonArray many = payload.getJsonArray("results");
    List<JsonObject> items = new ArrayList<>();
    if (many != null) {
      many.forEach(item -> items.add((JsonObject) item));
    } else {
      items.add(payload);
    }
    List<Received> results = new ArrayList<>();
    for (JsonObject item : items) {
      BigDecimal points = Decimals.of(required(item, "score"));
      BigDecimal max = Decimals.of(required(item, "maxScore"));
      if (max.signum() <= 0 || points.signum() < 0 || points.compareTo(max) > 0) {
        throw new IllegalArgumentException("score " + points + " is outside 0.." + max);
      }
      results.add(new Received(campaignId, source, ref, required(item, "candidateId").longValue(), points, max));
    }
    return results;
  }

  private static Future<Void> apply(SqlConnection conn, Fact fact, Received r) {
    String sourceRef = "outbox:" + fact.id();
    return conn.preparedQuery(StageSql.RECEIVE).execute(Tuple.of(r.campaignId(), r.source(), r.ref(), r.candidateId())
            .addBigDecimal(r.points()).addBigDecimal(r.max()).addLong(fact.id()).addString(fact.topic()))
        .compose(x -> conn.preparedQuery(StageSql.APPLY_RECEIVED).execute(Tuple.of(r.campaignId(), r.source(), r.ref(),
            r.candidateId()).addBigDecimal(r.points()).addBigDecimal(r.max()).addString(sourceRef)
            .addString(fact.topic())))
        .compose(stages -> {
          Future<Void> audits = Future.succeededFuture();
          for (var row : stages) {
            long stageId = row.getLong("stage_id");
            audits = audits.compose(x -> AuditTrail.append(conn, OUTBOX, AuditEvent.of("stage.result-received", "stage",
                stageId, r.campaignId(), new JsonObject().put("candidateId", r.candidateId())
                    .put("points", Decimals.plain(r.points())).put("maxPoints", Decimals.plain(r.max()))
                    .put("topic", fact.topic()).put("factId", fact.id()).put("source", fact.source()))).mapEmpty());
          }
          return audits;
        });
  }

  private static Number required(JsonObject json, String field) {
    Object value = requiredValue(json, field);
    if (!(value instanceof Number number)) {
      throw new IllegalArgumentException(field + " must be a number");
    }
    return number;
  }

  private static Object requiredValue(JsonObject json, String field) {
    Object value = json.getValue(field);
    if (value == null) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return value;
  }
}
