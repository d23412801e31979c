package org.saima.live.event;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import org.saima.live.board.BoardBus;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.db.Tx;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/**
 * Stage control by the organizer: show a candidate's speech or Q&A (timer set to its duration, paused),
 * start, pause, extend, finish. The server keeps the timer, so every screen shows the same time left.
 */
public final class StageHandlers {
  private final Node node;

  public StageHandlers(Node node) {
    this.node = node;
  }

  public void change(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long eventId = Authz.pathLong(ctx, "eventId");
    JsonObject body = Responses.body(ctx);
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> Events.load(tx.conn(), eventId, campaignId)
            .compose(event -> tx.conn().preparedQuery(EventSql.STAGE_FOR_UPDATE).execute(Tuple.of(eventId)))
            .map(rows -> Events.stage(rows.iterator().next()))
            .compose(stage -> next(tx, eventId, stage, body))
            .compose(stage -> save(tx, eventId, stage)
                .compose(x -> tx.audit(by.actor(), AuditEvent.of("stage." + body.getString("action"), "event", eventId,
                    campaignId, body.copy().put("version", stage.version()))))
                .map(stage)))
        .onSuccess(stage -> {
          JsonObject json = stage.toJson(Instant.now());
          BoardBus.stageChanged(node.vertx(), eventId, json);
          Responses.ok(ctx, json);
        })
        .onFailure(ctx::fail);
  }

  private static Future<Stage> next(Tx tx, long eventId, Stage stage, JsonObject body) {
    Instant now = Instant.now();
    return switch (body.getString("action")) {
      case "show" -> show(tx, eventId, stage, body);
      case "start" -> stage.candidateId() == null
          ? Future.failedFuture(Problem.conflict("Put a candidate on stage before starting the timer."))
          : Future.succeededFuture(stage.start(now));
      case "pause" -> Future.succeededFuture(stage.pause(now));
      case "extend" -> Future.succeededFuture(stage.extend(body.getInteger("seconds", 60) * 1000L, now));
      case "finish" -> Future.succeededFuture(stage.show(null, Stage.FINISHED, 0));
      default -> Future.failedFuture(Problem.invalidField("action", "unknown action"));
    };
  }

  private static Future<Stage> show(Tx tx, long eventId, Stage stage, JsonObject body) {
    Long candidateId = body.getLong("candidateId");
    String phase = body.getString("phase", Stage.SPEECH);
    if (candidateId == null) {
      return Future.failedFuture(Problem.invalidField("candidateId", "name the candidate to put on stage"));
    }
    return tx.conn().preparedQuery(EventSql.DURATIONS).execute(Tuple.of(eventId, candidateId)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.failedFuture(Problem.invalidField("candidateId", "not a candidate of this event"));
      }
      var row = rows.iterator().next();
      int seconds = Stage.QA.equals(phase) ? row.getInteger("qa_seconds") : row.getInteger("speech_seconds");
      return Future.succeededFuture(stage.show(candidateId, phase, seconds * 1000L));
    });
  }

  private static Future<Void> save(Tx tx, long eventId, Stage s) {
    return tx.conn().preparedQuery(EventSql.STAGE_UPDATE).execute(Tuple.of(eventId, s.candidateId(), s.phase(),
            s.running(), s.remainingMs(), s.startedAt() == null ? null : s.startedAt().atOffset(ZoneOffset.UTC),
            s.version()))
        .mapEmpty();
  }
}
