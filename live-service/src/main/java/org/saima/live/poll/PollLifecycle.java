package org.saima.live.poll;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;
import org.saima.live.board.BoardBus;
import org.saima.live.event.Events;
import org.saima.live.tally.Tallies;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.db.Tx;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/**
 * A poll's life: draft → open → closed → certified → published, each step by an organizer and in the
 * audit trail; reveal (show counts to phones and boards) at any step. Closing waits for ballot batches in
 * flight (they hold the poll row FOR SHARE) and no ballot gets in after it. Certifying counts the ballot
 * rows in PostgreSQL, keeps that count with the audit trail's head hash, tells scoring-service through the
 * outbox ({@value #CERTIFIED_TOPIC}), and sets up the runoff when approvals tie at the last seat.
 */
public final class PollLifecycle {
  public static final String CERTIFIED_TOPIC = "live.poll-certified";
  private static final Map<String, String> FROM = Map.of("open", "draft", "close", "open", "certify", "closed",
      "publish", "certified");

  private final Node node;
  private final Tallies tallies;

  public PollLifecycle(Node node, Tallies tallies) {
    this.node = node;
    this.tallies = tallies;
  }

  public void transition(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long eventId = Authz.pathLong(ctx, "eventId");
    long pollId = Authz.pathLong(ctx, "pollId");
    String action = ctx.pathParam("action");
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> Events.load(tx.conn(), eventId, campaignId)
            .compose(event -> tx.conn().preparedQuery(PollSql.LOCK).execute(Tuple.of(pollId, eventId)))
            .compose(rows -> rows.size() == 0
                ? Future.failedFuture(Problem.notFound("Event " + eventId + " has no poll " + pollId + "."))
                : step(tx, rows.iterator().next(), action, campaignId, by)))
        .compose(x -> "close".equals(action) ? finalTally(pollId) : Future.succeededFuture())
        .compose(x -> Polls.one(node.store().pool(), eventId, pollId))
        .compose(poll -> tallies.latest(pollId).map(live -> poll.put("live", live)))
        .onSuccess(poll -> {
          BoardBus.eventChanged(node.vertx(), eventId);
          Responses.ok(ctx, poll);
        })
        .onFailure(ctx::fail);
  }

  private Future<Void> step(Tx tx, Row poll, String action, long campaignId, Principal by) {
    long pollId = poll.getLong("id");
    String status = poll.getString("status");
    if ("reveal".equals(action)) {
      return tx.conn().preparedQuery(PollSql.REVEAL).execute(Tuple.of(pollId))
          .compose(x -> audit(tx, by, "poll.reveal", pollId, campaignId, new JsonObject().put("status", status)))
          .mapEmpty();
    }
    String from = FROM.get(action);
    if (from == null) {
      return Future.failedFuture(Problem.invalidField("action", "unknown step " + action));
    }
    if (!from.equals(status)) {
      return Future.failedFuture(Problem.conflict("The poll is " + status + "; it can be " + past(action)
          + " only when it is " + from + "."));
    }
    return switch (action) {
      case "open" -> simple(tx, PollSql.OPEN, "poll.open", pollId, campaignId, by);
      case "close" -> simple(tx, PollSql.CLOSE, "poll.close", pollId, campaignId, by);
      case "publish" -> simple(tx, PollSql.PUBLISH, "poll.publish", pollId, campaignId, by);
      default -> certify(tx, poll, campaignId, by);
    };
  }

  private static String past(String action) {
    return switch (action) {
      case "open" -> "opened";
      case "close" -> "closed";
      case "certify" -> "certified";
      default -> "published";
    };
  }

  private Future<Void> simple(Tx tx, String sql, String what, long pollId, long campaignId, Principal by) {
    return tx.conn().preparedQuery(sql).execute(Tuple.of(pollId))
        .compose(x -> audit(tx, by, what, pollId, campaignId, new JsonObject())).mapEmpty();
  }

  private Future<Void> certify(Tx tx, Row poll, long campaignId, Principal by) {
    long pollId = poll.getLong("id");
    return Tallies.count(tx.conn(), pollId).compose(count -> {
      JsonObject result = count.getJsonObject("result");
      JsonObject detail = new JsonObject().put("watermark", count.getLong("watermark"))
          .put("ballots", count.getLong("ballots")).put("result", result);
      return audit(tx, by, "poll.certify", pollId, campaignId, detail)
          .compose(head -> tx.conn().preparedQuery(PollSql.CERTIFY).execute(Tuple.of(pollId, result,
              count.getLong("watermark"), count.getLong("ballots"), head)))
          .compose(x -> tx.fact(CERTIFIED_TOPIC, campaignId, new JsonObject().put("pollId", pollId)
              .put("eventId", poll.getLong("event_id")).put("kind", poll.getString("kind"))
              .put("title", poll.getString("title")).put("watermark", count.getLong("watermark"))
              .put("ballots", count.getLong("ballots")).put("result", result)))
          .compose(x -> runoff(tx, poll, result, campaignId, by));
    });
  }

  /** An approval vote tied at the last seat gets its runoff poll, in draft, among the tied candidates. */
  private Future<Void> runoff(Tx tx, Row poll, JsonObject result, long campaignId, Principal by) {
    JsonObject runoff = result.getJsonObject("runoff");
    if (runoff == null) {
      return Future.succeededFuture();
    }
    List<Long> tied = runoff.getJsonArray("candidates").stream().map(v -> ((Number) v).longValue()).toList();
    PollDefinition definition = PollInput.runoff(PollDefinition.fromJson((JsonObject) poll.getValue("definition")),
        tied, runoff.getInteger("seats"));
    String title = poll.getString("title") + "（加试）";
    return PollHandlers.insert(tx, poll.getLong("event_id"), title, definition, poll.getLong("id"))
        .compose(id -> audit(tx, by, "poll.create", id, campaignId, new JsonObject().put("runoffOf", poll.getLong("id"))
            .put("title", title).put("definition", definition.toJson())))
        .mapEmpty();
  }

  /** Appends the audit entry; answers its hash, the head of the trail once this transaction commits. */
  private static Future<String> audit(Tx tx, Principal by, String action, long pollId, long campaignId,
      JsonObject detail) {
    return tx.audit(by.actor(), AuditEvent.of(action, "poll", pollId, campaignId, detail)).map(e -> e.hash());
  }

  /** After close nothing more gets in: count once more and let every board show the final snapshot. */
  private Future<Void> finalTally(long pollId) {
    return Tallies.count(node.store().pool(), pollId).compose(tallies::offer).mapEmpty();
  }
}
