package org.saima.scoring.sheet;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.saima.scoring.common.Decimals;
import org.saima.scoring.panel.Panel;
import org.saima.scoring.panel.PanelAccess;
import org.saima.scoring.panel.PanelScore;
import org.saima.scoring.panel.PanelView;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.db.Tx;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/**
 * The chief examiner's view of a panel (progress, panel scores, outliers, re-scores) and the
 * countersignature per candidate (双签字), which records the panel score as the candidate's stage result.
 * After it nothing changes until the organizer reopens the candidate's sheet, with a reason.
 */
public final class ChiefHandlers {
  private final Node node;

  public ChiefHandlers(Node node) {
    this.node = node;
  }

  public void progress(RoutingContext ctx) {
    PanelAccess.Access access = PanelAccess.of(ctx);
    var sql = node.store().pool();
    Responses.reply(ctx, Panel.load(sql, access.campaignId(), access.panelId())
        .compose(panel -> PanelView.visibility(sql, access)
            .compose(visibility -> PanelSheets.load(sql, panel.id(), null).map(lines -> {
              JsonArray rendered = new JsonArray(lines.stream()
                  .map(line -> LineJson.render(panel, line, visibility, false)).toList());
              return new JsonObject().put("panel", panel.toJson()).put("blind", !visibility.namesShown())
                  .put("candidates", rendered).put("summary", summary(panel, lines));
            }))));
  }

  public void confirm(RoutingContext ctx) {
    PanelAccess.Access access = PanelAccess.of(ctx);
    long candidateId = Authz.pathLong(ctx, "candidateId");
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> Panel.load(tx.conn(), access.campaignId(), access.panelId())
            .compose(panel -> locked(tx, panel, candidateId)
                .compose(line -> confirmable(panel, line))
                .compose(score -> tx.conn().preparedQuery(SheetSql.CONFIRM)
                    .execute(Tuple.of(panel.id(), candidateId, by.userId()))
                    .compose(x -> recordResult(tx, panel, candidateId, score, by))
                    .compose(x -> tx.audit(by.actor(), AuditEvent.of("panel.confirm", "panel", panel.id(),
                        panel.campaignId(), new JsonObject().put("candidateId", candidateId)
                            .put("panelScore", Decimals.plain(score.score().orElseThrow()))
                            .put("explain", score.explain()))))
                    .compose(x -> line(tx, panel, access, candidateId)))))
        .onSuccess(line -> Responses.ok(ctx, line))
        .onFailure(ctx::fail);
  }

  /** The organizer reopens a confirmed sheet, with a reason; the stage result it recorded is withdrawn. */
  public void reopen(RoutingContext ctx) {
    PanelAccess.Access access = PanelAccess.of(ctx);
    long candidateId = Authz.pathLong(ctx, "candidateId");
    String reason = Responses.body(ctx).getString("reason").trim();
    if (reason.isEmpty()) {
      throw Problem.invalidField("reason", "must not be blank");
    }
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> Panel.load(tx.conn(), access.campaignId(), access.panelId())
            .compose(panel -> locked(tx, panel, candidateId)
                .compose(line -> line.confirmed() ? Future.succeededFuture()
                    : Future.<Void>failedFuture(Problem.conflict("This candidate's sheet is not confirmed; there is"
                        + " nothing to reopen.")))
                .compose(x -> tx.conn().preparedQuery(SheetSql.REOPEN).execute(Tuple.of(panel.id(), candidateId)))
                .compose(x -> tx.conn().preparedQuery(SheetSql.WITHDRAW_RESULT)
                    .execute(Tuple.of(panel.stageId(), candidateId)))
                .compose(withdrawn -> tx.audit(by.actor(), AuditEvent.of("panel.reopen", "panel", panel.id(),
                    panel.campaignId(), new JsonObject().put("candidateId", candidateId).put("reason", reason)
                        .put("withdrawnPanelScore", withdrawn.size() == 0 ? null
                            : Decimals.plain(withdrawn.iterator().next().getBigDecimal("points"))))))
                .compose(x -> line(tx, panel, access, candidateId))))
        .onSuccess(line -> Responses.ok(ctx, line))
        .onFailure(ctx::fail);
  }

  private static Future<PanelSheets.Line> locked(Tx tx, Panel panel, long candidateId) {
    return tx.conn().preparedQuery(SheetSql.LOCK_CANDIDATE).execute(Tuple.of(panel.id(), candidateId))
        .compose(rows -> rows.size() == 0
            ? Future.failedFuture(Problem.notFound("Candidate " + candidateId + " is not on this panel."))
            : PanelSheets.load(tx.conn(), panel.id(), candidateId))
        .map(lines -> lines.get(0));
  }

  private static Future<PanelScore> confirmable(Panel panel, PanelSheets.Line line) {
    if (line.confirmed()) {
      return Future.failedFuture(Problem.conflict("This candidate's sheet is already confirmed."));
    }
    if (!line.complete(panel)) {
      long waiting = line.expected(panel) - line.submitted();
      return Future.failedFuture(Problem.conflict(waiting + " examiner(s) have not submitted a score for this"
          + " candidate yet; confirm when every examiner not recused has."));
    }
    PanelScore score = line.score(panel).orElseThrow();
    if (score.score().isEmpty()) {
      return Future.failedFuture(Problem.conflict("Every examiner is recused from this candidate: the panel has no"
          + " score to confirm. The organizer must arrange another panel."));
    }
    return Future.succeededFuture(score);
  }

  private static Future<Void> recordResult(Tx tx, Panel panel, long candidateId, PanelScore score, Principal by) {
    return tx.conn().preparedQuery(SheetSql.RECORD_RESULT).execute(Tuple.of(panel.stageId(), candidateId)
            .addBigDecimal(score.score().orElseThrow()).addBigDecimal(panel.rubric().maximumTotal())
            .addString("panel:" + panel.id()).addString(score.explain()).addLong(by.userId()))
        .mapEmpty();
  }

  private static Future<JsonObject> line(Tx tx, Panel panel, PanelAccess.Access access, long candidateId) {
    return PanelView.visibility(tx.conn(), access).compose(visibility -> PanelSheets.load(tx.conn(), panel.id(),
        candidateId).map(lines -> LineJson.render(panel, lines.get(0), visibility, false)));
  }

  private static JsonObject summary(Panel panel, List<PanelSheets.Line> lines) {
    return new JsonObject().put("candidates", lines.size())
        .put("complete", lines.stream().filter(l -> l.complete(panel)).count())
        .put("confirmed", lines.stream().filter(PanelSheets.Line::confirmed).count())
        .put("sheetsSubmitted", lines.stream().mapToLong(PanelSheets.Line::submitted).sum())
        .put("sheetsExpected", lines.stream().mapToLong(l -> l.expected(panel)).sum());
  }
}
