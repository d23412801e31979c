package org.saima.scoring.stage;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import org.saima.scoring.common.Conflicts;
import org.saima.scoring.common.Rows;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.db.Tx;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/** The stages of a campaign, in order (笔试, 人机对话, 竞职演讲, 民主推荐 …). */
public final class StageHandlers {
  static final Map<String, String[]> UNIQUE = Map.of(
      "stages_campaign_code_key", new String[] {"code", "This campaign already has a stage with this code."},
      "stages_campaign_seq_key", new String[] {"seq", "Another stage of this campaign already has this place in the order."});

  private final Node node;

  public StageHandlers(Node node) {
    this.node = node;
  }

  public void list(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    Responses.reply(ctx, node.store().pool().preparedQuery(StageSql.LIST).execute(Tuple.of(campaignId))
        .map(rows -> {
          JsonArray stages = new JsonArray();
          rows.forEach(row -> stages.add(Stage.fromRow(row).toJson().put("resultCount", row.getLong("result_count"))));
          return new JsonObject().put("stages", stages);
        }));
  }

  public void create(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    StageInput input = StageInput.fromJson(Responses.body(ctx));
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> tx.conn().preparedQuery(StageSql.INSERT).execute(input.values(campaignId))
            .map(rows -> rows.iterator().next().getLong("id"))
            .compose(id -> takeReceived(tx, id)
                .compose(x -> tx.audit(by.actor(), AuditEvent.of("stage.create", "stage", id, campaignId, input.audit())))
                .compose(x -> fetch(tx.conn(), campaignId, id))))
        .recover(Conflicts.naming(UNIQUE))
        .onSuccess(stage -> Responses.created(ctx, "/api/campaigns/" + campaignId + "/stages/" + stage.id(),
            stage.toJson()))
        .onFailure(ctx::fail);
  }

  public void update(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long stageId = Authz.pathLong(ctx, "stageId");
    StageInput input = StageInput.fromJson(Responses.body(ctx));
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> fetch(tx.conn(), campaignId, stageId)
            .compose(before -> checkSourceChange(tx, before, input))
            .compose(x -> tx.conn().preparedQuery(StageSql.UPDATE).execute(input.values(campaignId, stageId)))
            .compose(x -> takeReceived(tx, stageId))
            .compose(x -> tx.audit(by.actor(), AuditEvent.of("stage.update", "stage", stageId, campaignId, input.audit())))
            .compose(x -> fetch(tx.conn(), campaignId, stageId)))
        .recover(Conflicts.naming(UNIQUE))
        .onSuccess(stage -> Responses.ok(ctx, stage.toJson()))
        .onFailure(ctx::fail);
  }

  public static Future<Stage> fetch(SqlClient sql, long campaignId, long stageId) {
    return sql.preparedQuery(StageSql.GET).execute(Tuple.of(campaignId, stageId))
        .compose(rows -> Rows.one(rows, Stage::fromRow, "Campaign " + campaignId + " has no stage " + stageId + "."));
  }

  /** Results already recorded came from the old source: changing where they come from would mix two sources. */
  private static Future<Void> checkSourceChange(Tx tx, Stage before, StageInput input) {
    if (before.source().equals(input.source()) && before.sourceRef().equals(input.sourceRef())) {
      return Future.succeededFuture();
    }
    return tx.conn().preparedQuery(StageSql.RESULT_COUNT).execute(Tuple.of(before.id())).compose(rows -> {
      long n = rows.iterator().next().getLong("n");
      return n == 0 ? Future.succeededFuture() : Future.failedFuture(new Problem(409, "conflict", "Conflict",
          "The stage already has " + n + " results from its source; its source cannot change now.",
          new JsonArray().add(Problem.field("source", "cannot change once results are recorded"))));
    });
  }

  private static Future<Void> takeReceived(Tx tx, long stageId) {
    return tx.conn().preparedQuery(StageSql.TAKE_RECEIVED).execute(Tuple.of(stageId)).mapEmpty();
  }
}
