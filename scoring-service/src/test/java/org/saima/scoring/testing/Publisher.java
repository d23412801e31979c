package org.saima.scoring.testing;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.util.Map;
import org.saima.shared.config.SaimaConfig;
import org.saima.shared.db.Database;
import org.saima.shared.db.Store;
import org.saima.shared.testing.TestDatabase;

/**
 * Publishes facts into the outbox as the exam and live services will: with the shared {@link Store}, in a
 * Vert.x instance of its own (another process, as far as the scoring node can tell).
 */
public final class Publisher implements AutoCloseable {
  private final Vertx vertx = Vertx.vertx();
  private final Pool pool;
  private final Store store;

  public Publisher(TestDatabase db, String source) {
    pool = Database.pool(vertx, SaimaConfig.fromEnvWith(Map.of("SAIMA_DB_URL", db.url(),
        "SAIMA_DB_USER", db.env().get("SAIMA_DB_USER"), "SAIMA_DB_PASSWORD", "")));
    store = new Store(pool, vertx.eventBus(), source);
  }

  public long publish(String topic, long campaignId, JsonObject payload) {
    return ScoringNodes.await(store.transaction(tx -> tx.fact(topic, campaignId, payload)));
  }

  /** exam.result-published for one candidate. */
  public long examResult(long campaignId, String examId, long candidateId, double score, double maxScore) {
    return publish("exam.result-published", campaignId, new JsonObject().put("campaignId", campaignId)
        .put("examId", examId).put("candidateId", candidateId).put("score", score).put("maxScore", maxScore)
        .put("passed", score >= 60).put("publishedAt", "2026-11-20T09:30:00Z"));
  }

  /** exam.assessment-scored for one candidate. */
  public long assessment(long campaignId, String assessmentId, long candidateId, double score) {
    return publish("exam.assessment-scored", campaignId, new JsonObject().put("campaignId", campaignId)
        .put("assessmentId", assessmentId).put("candidateId", candidateId).put("score", score).put("maxScore", 100)
        .put("scoredAt", "2026-11-21T15:00:00Z"));
  }

  /** live.poll-certified with one result per candidate: [candidateId, score] pairs, out of 100. */
  public long pollCertified(long campaignId, String pollId, long[][] results) {
    JsonArray list = new JsonArray();
    for (long[] r : results) {
      list.add(new JsonObject().put("candidateId", r[0]).put("score", r[1]).put("maxScore", 100));
    }
    return publish("live.poll-certified", campaignId, new JsonObject().put("campaignId", campaignId)
        .put("pollId", pollId).put("kind", "recommendation").put("certifiedAt", "2026-11-25T11:00:00Z")
        .put("results", list));
  }

  @Override
  public void close() {
    // Closing Vert.x closes the pool with it; awaited from the test thread, never from an event loop.
    ScoringNodes.await(vertx.close());
  }
}
