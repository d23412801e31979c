package org.saima.scoring.sheet;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.saima.scoring.campaign.CampaignSettings;
import org.saima.scoring.common.Decimals;
import org.saima.scoring.panel.Panel;
import org.saima.scoring.panel.PanelAccess;
import org.saima.scoring.panel.PanelView;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Principal;
import org.saima.shared.db.Tx;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/**
 * The examiner's scoring sheet. A submission carries an id the tablet generated: sent again (a tablet
 * that lost its connection retries), it answers what it answered the first time and stores nothing new. A
 * submitted score is final; a different score for the same candidate is a re-score and needs a reason.
 */
public final class SheetHandlers {
  private final Node node;

  public SheetHandlers(Node node) {
    this.node = node;
  }

  /** The panel as this examiner sees it, with the sheets they submitted. */
  public void mine(RoutingContext ctx) {
    PanelAccess.Access access = PanelAccess.of(ctx);
    Responses.reply(ctx, PanelView.load(node.store().pool(), access)
        .compose(view -> node.store().pool().preparedQuery(SheetSql.MY_SHEETS)
            .execute(Tuple.of(access.panelId(), access.userId()))
            .map(rows -> {
              JsonObject sheets = new JsonObject();
              rows.forEach(row -> sheets.put(String.valueOf(row.getLong("candidate_id")), sheet(row)));
              return view.put("mySheets", sheets);
            })));
  }

  public void submit(RoutingContext ctx) {
    PanelAccess.Access access = PanelAccess.of(ctx);
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> Panel.load(tx.conn(), access.campaignId(), access.panelId())
            .compose(panel -> {
              SheetInput input = SheetInput.fromJson(Responses.body(ctx), panel.rubric());
              return lock(tx, access, input.candidateId())
                  .compose(line -> replay(tx, access, input).compose(replayed -> replayed != null
                      ? Future.succeededFuture(replayed)
                      : mayScore(tx, access, line).compose(x -> record(tx, panel, access, input, by))));
            }))
        .onSuccess(answer -> Responses.json(ctx, answer.getBoolean("replayed") || answer.getInteger("version") > 1
            ? 200 : 201, answer))
        .onFailure(ctx::fail);
  }

  /**
   * Locks the candidate's line on the panel: submissions for one candidate run one after another, so a
   * submission sent twice at once finds the first one's row once it holds the lock.
   */
  private static Future<Row> lock(Tx tx, PanelAccess.Access access, long candidateId) {
    return tx.conn().preparedQuery(SheetSql.LOCK_CANDIDATE).execute(Tuple.of(access.panelId(), candidateId))
        .compose(rows -> rows.size() == 0
            ? Future.failedFuture(Problem.notFound("Candidate " + candidateId + " is not on this panel."))
            : Future.succeededFuture(rows.iterator().next()));
  }

  private static Future<Void> mayScore(Tx tx, PanelAccess.Access access, Row line) {
    long candidateId = line.getLong("candidate_id");
    if ("confirmed".equals(line.getString("status"))) {
      return Future.failedFuture(Problem.conflict("The chief examiner has confirmed this candidate's sheet; nothing"
          + " changes unless the organizer reopens it."));
    }
    return tx.conn().preparedQuery(SheetSql.RECUSED).execute(Tuple.of(access.panelId(), candidateId, access.userId()))
        .compose(recused -> recused.size() > 0
            ? Future.failedFuture(Problem.forbidden("You are recused from this candidate and cannot score them."))
            : CampaignSettings.load(tx.conn(), access.campaignId()))
        .compose(settings -> settings.blindScoring() && line.getInteger("draw_number") == null
            ? Future.failedFuture(Problem.conflict("This campaign scores blind and the panel has not drawn numbers"
                + " yet; ask the organizer to draw them."))
            : Future.succeededFuture());
  }

  /** The answer to a submission id already received, or null; the same id for a different sheet is refused. */
  private static Future<JsonObject> replay(Tx tx, PanelAccess.Access access, SheetInput input) {
    return tx.conn().preparedQuery(SheetSql.SUBMISSION).execute(Tuple.of(input.submissionId())).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(null);
      }
      Row row = rows.iterator().next();
      boolean same = row.getLong("panel_id") == access.panelId() && row.getLong("examiner_id") == access.userId()
          && row.getLong("candidate_id") == input.candidateId() && input.sameScores((JsonObject) row.getValue("scores"));
      if (!same) {
        return Future.failedFuture(new Problem(409, "conflict", "Conflict", "This submission id was already used for"
            + " a different sheet; the tablet must generate a new id for each sheet.",
            new JsonArray().add(Problem.field("submissionId", "already used for a different sheet"))));
      }
      return Future.succeededFuture(answer(input.candidateId(), row.getLong("sheet_id"), row.getInteger("version"),
          row.getBigDecimal("total"), (JsonObject) row.getValue("scores"), row.getString("reason"), true)
          .put("receivedAt", row.getOffsetDateTime("received_at").toInstant().toString()));
    });
  }

  private static Future<JsonObject> record(Tx tx, Panel panel, PanelAccess.Access access, SheetInput input,
      Principal by) {
    return tx.conn().preparedQuery(SheetSql.SHEET).execute(Tuple.of(panel.id(), input.candidateId(), access.userId()))
        .compose(rows -> {
          if (rows.size() == 0) {
            return first(tx, panel, access, input, by);
          }
          if (input.reason() == null) {
            return Future.failedFuture(new Problem(409, "conflict", "Conflict", "You already submitted a score for"
                + " this candidate. A submitted score is final: changing it is a re-score and needs a reason.",
                new JsonArray().add(Problem.field("reason", "is required to change a submitted score"))));
          }
          return rescore(tx, panel, access, input, by, rows.iterator().next());
        });
  }

  private static Future<JsonObject> first(Tx tx, Panel panel, PanelAccess.Access access, SheetInput input,
      Principal by) {
    JsonObject scores = input.scoresJson();
    return tx.conn().preparedQuery(SheetSql.INSERT_SHEET).execute(Tuple.of(panel.id(), input.candidateId(),
            access.userId(), scores).addBigDecimal(input.total().total()))
        .map(rows -> rows.iterator().next().getLong("id"))
        .compose(sheetId -> submission(tx, sheetId, 1, input, null, by)
            .compose(x -> tx.audit(by.actor(), AuditEvent.of("sheet.submit", "panel", panel.id(), panel.campaignId(),
                auditDetail(access, input, 1))))
            .map(x -> answer(input.candidateId(), sheetId, 1, input.total().total(), scores, null, false)));
  }

  private static Future<JsonObject> rescore(Tx tx, Panel panel, PanelAccess.Access access, SheetInput input,
      Principal by, Row sheet) {
    long sheetId = sheet.getLong("id");
    JsonObject scores = input.scoresJson();
    return tx.conn().preparedQuery(SheetSql.RESCORE_SHEET).execute(Tuple.of(sheetId, scores)
            .addBigDecimal(input.total().total()))
        .map(rows -> rows.iterator().next().getInteger("version"))
        .compose(version -> submission(tx, sheetId, version, input, input.reason(), by)
            .compose(x -> tx.audit(by.actor(), AuditEvent.of("sheet.rescore", "panel", panel.id(), panel.campaignId(),
                auditDetail(access, input, version).put("previousTotal", Decimals.plain(sheet.getBigDecimal("total")))
                    .put("reason", input.reason()))))
            .map(x -> answer(input.candidateId(), sheetId, version, input.total().total(), scores, input.reason(),
                false)));
  }

  private static Future<Void> submission(Tx tx, long sheetId, int version, SheetInput input, String reason,
      Principal by) {
    return tx.conn().preparedQuery(SheetSql.INSERT_SUBMISSION).execute(Tuple.of(input.submissionId(), sheetId,
        version, input.scoresJson()).addBigDecimal(input.total().total()).addString(reason).addLong(by.userId()))
        .mapEmpty();
  }

  private static JsonObject auditDetail(PanelAccess.Access access, SheetInput input, int version) {
    return new JsonObject().put("candidateId", input.candidateId()).put("seat", access.seat()).put("version", version)
        .put("scores", input.scoresJson()).put("total", Decimals.plain(input.total().total()))
        .put("submissionId", input.submissionId().toString());
  }

  private static JsonObject answer(long candidateId, long sheetId, int version, java.math.BigDecimal total,
      JsonObject scores, String reason, boolean replayed) {
    return new JsonObject().put("sheetId", sheetId).put("candidateId", candidateId).put("version", version)
        .put("total", Decimals.plain(total)).put("scores", scores).put("reason", reason).put("replayed", replayed);
  }

  private static JsonObject sheet(Row row) {
    return new JsonObject().put("scores", row.getValue("scores")).put("total", Decimals.plain(row.getBigDecimal("total")))
        .put("version", row.getInteger("version"))
        .put("submittedAt", row.getOffsetDateTime("submitted_at").toInstant().toString());
  }
}
