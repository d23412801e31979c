package org.saima.scoring.campaign;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/** Positions (岗位) of a campaign, each with its number of seats (职数). */
public final class PositionHandlers {
  private final Node node;

  public PositionHandlers(Node node) {
    this.node = node;
  }

  public void list(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    Responses.reply(ctx, CampaignHandlers.fetch(node.store().pool(), campaignId)
        .compose(c -> node.store().pool().preparedQuery(CampaignSql.POSITIONS).execute(Tuple.of(campaignId)))
        .map(rows -> {
          JsonArray positions = new JsonArray();
          rows.forEach(row -> positions.add(CampaignJson.position(row)));
          return new JsonObject().put("positions", positions);
        }));
  }

  public void create(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    JsonObject body = Responses.body(ctx);
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> CampaignHandlers.fetch(tx.conn(), campaignId)
            .compose(c -> tx.conn().preparedQuery(CampaignSql.POSITION_INSERT).execute(values(campaignId, body)))
            .map(rows -> rows.iterator().next().getLong("id"))
            .compose(id -> tx.audit(by.actor(), AuditEvent.of("position.create", "position", id, campaignId, body))
                .compose(x -> fetch(tx.conn(), campaignId, id))))
        .onSuccess(p -> Responses.created(ctx, "/api/campaigns/" + campaignId + "/positions/" + p.getLong("id"), p))
        .onFailure(ctx::fail);
  }

  public void update(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long positionId = Authz.pathLong(ctx, "positionId");
    JsonObject body = Responses.body(ctx);
    Principal by = Principal.of(ctx);
    Tuple values = Tuple.of(campaignId, positionId, body.getString("code").trim(), body.getString("name").trim(),
        body.getString("unit", "").trim(), body.getInteger("seats"));
    node.store().transaction(tx -> tx.conn().preparedQuery(CampaignSql.POSITION_UPDATE).execute(values)
            .compose(rows -> rows.size() == 1 ? Future.succeededFuture()
                : Future.failedFuture(missing(campaignId, positionId)))
            .compose(x -> tx.audit(by.actor(), AuditEvent.of("position.update", "position", positionId,
                campaignId, body)))
            .compose(x -> fetch(tx.conn(), campaignId, positionId)))
        .onSuccess(p -> Responses.ok(ctx, p))
        .onFailure(ctx::fail);
  }

  static Future<JsonObject> fetch(SqlClient sql, long campaignId, long positionId) {
    return sql.preparedQuery(CampaignSql.POSITION).execute(Tuple.of(campaignId, positionId))
        .compose(rows -> rows.size() == 0 ? Future.failedFuture(missing(campaignId, positionId))
            : Future.succeededFuture(CampaignJson.position(rows.iterator().next())));
  }

  private static Problem missing(long campaignId, long positionId) {
    return Problem.notFound("Campaign " + campaignId + " has no position " + positionId + ".");
  }

  private static Tuple values(long campaignId, JsonObject body) {
    String name = body.getString("name").trim();
    if (name.isEmpty()) {
      throw Problem.invalidField("name", "must not be blank");
    }
    return Tuple.of(campaignId, body.getString("code").trim(), name, body.getString("unit", "").trim(),
        body.getInteger("seats"));
  }
}
