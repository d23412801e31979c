package org.saima.scoring.panel;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.saima.scoring.common.Conflicts;
import org.saima.scoring.common.Rows;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.db.Tx;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/** Panels (考官组) of a campaign: examiners, a chief, a rubric and aggregation settings. */
public final class PanelHandlers {
  private static final Map<String, String[]> UNIQUE = Map.of(
      "panels_campaign_name_key", new String[] {"name", "This campaign already has a panel with this name."});

  private final Node node;

  public PanelHandlers(Node node) {
    this.node = node;
  }

  public void list(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    Responses.reply(ctx, node.store().pool().preparedQuery(PanelSql.LIST).execute(Tuple.of(campaignId))
        .map(rows -> new JsonObject().put("panels", new JsonArray(Rows.list(rows, row -> new JsonObject()
            .put("id", row.getLong("id")).put("name", row.getString("name")).put("stageId", row.getLong("stage_id"))
            .put("stageCode", row.getString("stage_code")).put("stageName", row.getString("stage_name"))
            .put("examinerCount", row.getLong("examiner_count")).put("candidateCount", row.getLong("candidate_count"))
            .put("confirmedCount", row.getLong("confirmed_count")))))));
  }

  /** Accounts that may sit on this campaign's panels. */
  public void eligibleExaminers(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    Responses.reply(ctx, node.store().pool().preparedQuery(PanelSql.ELIGIBLE).execute(Tuple.of(campaignId))
        .map(rows -> new JsonObject().put("examiners", new JsonArray(Rows.list(rows, row -> new JsonObject()
            .put("id", row.getLong("id")).put("displayName", row.getString("display_name"))
            .put("username", row.getString("username")))))));
  }

  /** The panels the signed-in examiner sits on, across campaigns. */
  public void mine(RoutingContext ctx) {
    Principal me = Principal.of(ctx);
    Responses.reply(ctx, node.store().pool().preparedQuery(PanelSql.MY_PANELS).execute(Tuple.of(me.userId()))
        .map(rows -> new JsonObject().put("panels", new JsonArray(Rows.list(rows, row -> new JsonObject()
            .put("id", row.getLong("id")).put("campaignId", row.getLong("campaign_id"))
            .put("campaignName", row.getString("campaign_name")).put("name", row.getString("name"))
            .put("stageName", row.getString("stage_name")).put("seat", row.getInteger("seat"))
            .put("chief", row.getBoolean("chief")).put("candidateCount", row.getLong("candidate_count")))))));
  }

  public void get(RoutingContext ctx) {
    PanelAccess.Access access = PanelAccess.of(ctx);
    Responses.reply(ctx, PanelView.load(node.store().pool(), access));
  }

  public void create(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    PanelInput input = PanelInput.fromJson(Responses.body(ctx));
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> check(tx, campaignId, input)
            .compose(x -> tx.conn().preparedQuery(PanelSql.INSERT).execute(Tuple.of(campaignId, input.stageId(),
                    input.name(), input.settings().dropHighest(), input.settings().dropLowest(),
                    input.settings().minimumForDropping()).addBigDecimal(input.settings().outlierLimit())))
            .map(rows -> rows.iterator().next().getLong("id"))
            .compose(id -> saveMembersAndRubric(tx, id, input)
                .compose(x -> tx.audit(by.actor(), AuditEvent.of("panel.create", "panel", id, campaignId, input.audit())))
                .compose(x -> Panel.load(tx.conn(), campaignId, id))))
        .recover(Conflicts.naming(UNIQUE))
        .onSuccess(panel -> Responses.created(ctx, "/api/campaigns/" + campaignId + "/panels/" + panel.id(),
            panel.toJson()))
        .onFailure(ctx::fail);
  }

  /** Changes examiners, rubric or settings; refused once a sheet is submitted (the sheet was made on them). */
  public void update(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long panelId = Authz.pathLong(ctx, "panelId");
    PanelInput input = PanelInput.fromJson(Responses.body(ctx));
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> Panel.load(tx.conn(), campaignId, panelId)
            .compose(panel -> noSheetsYet(tx, panelId, "its examiners, rubric and settings cannot change"))
            .compose(x -> check(tx, campaignId, input))
            .compose(x -> tx.conn().preparedQuery(PanelSql.UPDATE).execute(Tuple.of(campaignId, panelId,
                    input.stageId(), input.name(), input.settings().dropHighest(), input.settings().dropLowest(),
                    input.settings().minimumForDropping()).addBigDecimal(input.settings().outlierLimit())))
            .compose(x -> tx.conn().preparedQuery(PanelSql.CLEAR_DIMENSIONS).execute(Tuple.of(panelId)))
            .compose(x -> saveMembersAndRubric(tx, panelId, input))
            .compose(x -> tx.audit(by.actor(), AuditEvent.of("panel.update", "panel", panelId, campaignId, input.audit())))
            .compose(x -> Panel.load(tx.conn(), campaignId, panelId)))
        .recover(Conflicts.naming(UNIQUE))
        .onSuccess(panel -> Responses.ok(ctx, panel.toJson()))
        .onFailure(ctx::fail);
  }

  static Future<Void> noSheetsYet(Tx tx, long panelId, String consequence) {
    return tx.conn().preparedQuery(PanelSql.SHEET_COUNT).execute(Tuple.of(panelId)).compose(rows -> {
      long n = rows.iterator().next().getLong("n");
      return n == 0 ? Future.succeededFuture() : Future.failedFuture(Problem.conflict("The panel has " + n
          + " submitted sheet(s): " + consequence + "."));
    });
  }

  private static Future<Void> saveMembersAndRubric(Tx tx, long panelId, PanelInput input) {
    return tx.conn().preparedQuery(PanelSql.INSERT_DIMENSIONS).execute(input.dimensionValues(panelId))
        .compose(x -> tx.conn().preparedQuery(PanelSql.REMOVE_EXAMINERS).execute(Tuple.tuple().addLong(panelId)
            .addValue(input.examinerIds().toArray(Long[]::new))))
        .compose(x -> tx.conn().preparedQuery(PanelSql.UPSERT_EXAMINERS).execute(input.examinerValues(panelId)))
        .compose(x -> tx.conn().preparedQuery(PanelSql.SET_CHIEF).execute(Tuple.of(panelId, input.chiefId())))
        .mapEmpty();
  }

  /** The stage must be a panel stage of the campaign; every examiner an examiner account granted the campaign. */
  private static Future<Void> check(Tx tx, long campaignId, PanelInput input) {
    return tx.conn().preparedQuery(PanelSql.STAGE).execute(Tuple.of(campaignId, input.stageId()))
        .compose(rows -> {
          if (rows.size() == 0 || !"panel".equals(rows.iterator().next().getString("source"))) {
            return Future.failedFuture(Problem.invalidField("stageId", rows.size() == 0
                ? "campaign " + campaignId + " has no stage " + input.stageId()
                : "stage " + input.stageId() + " does not take its scores from panels"));
          }
          return tx.conn().preparedQuery(PanelSql.ELIGIBLE).execute(Tuple.of(campaignId));
        })
        .compose(rows -> {
          Set<Long> eligible = Rows.list(rows, row -> row.getLong("id")).stream().collect(Collectors.toSet());
          List<Long> not = input.examinerIds().stream().filter(id -> !eligible.contains(id)).toList();
          return not.isEmpty() ? Future.succeededFuture() : Future.failedFuture(Problem.invalidField("examinerIds",
              "not an active examiner account granted this campaign: " + not));
        });
  }
}
