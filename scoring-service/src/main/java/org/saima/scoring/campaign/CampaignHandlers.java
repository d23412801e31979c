package org.saima.scoring.campaign;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/** Campaigns (公推竞职 / 公开选拔): list, create, read, update. */
public final class CampaignHandlers {
  private final Node node;

  public CampaignHandlers(Node node) {
    this.node = node;
  }

  public void list(RoutingContext ctx) {
    Principal principal = Principal.of(ctx);
    var query = principal.allCampaigns()
        ? node.store().pool().preparedQuery(CampaignSql.LIST_ALL).execute()
        : node.store().pool().preparedQuery(CampaignSql.LIST_GRANTED)
            .execute(Tuple.of(principal.campaigns().stream().map(c -> ((Number) c).longValue())
                .toArray(Long[]::new)));
    Responses.reply(ctx, query.map(rows -> {
      JsonArray campaigns = new JsonArray();
      rows.forEach(row -> campaigns.add(CampaignJson.campaign(row)));
      return new JsonObject().put("campaigns", campaigns);
    }));
  }

  public void create(RoutingContext ctx) {
    JsonObject body = Responses.body(ctx);
    Principal by = Principal.of(ctx);
    String name = body.getString("name").trim();
    if (name.isEmpty()) {
      throw Problem.invalidField("name", "must not be blank");
    }
    node.store().transaction(tx -> tx.conn().preparedQuery(CampaignSql.INSERT)
            .execute(Tuple.of(name, body.getString("organizer", "").trim(),
                body.getString("description", "").trim(), by.userId()))
            .map(rows -> rows.iterator().next().getLong("id"))
            .compose(id -> (by.allCampaigns() ? Future.<Void>succeededFuture()
                : tx.conn().preparedQuery(CampaignSql.GRANT).execute(Tuple.of(by.userId(), id)).<Void>mapEmpty())
                .compose(x -> tx.audit(by.actor(), AuditEvent.of("campaign.create", "campaign", id, id,
                    new JsonObject().put("name", name).put("organizer", body.getString("organizer", "")))))
                .compose(x -> fetch(tx.conn(), id))))
        .onSuccess(campaign -> Responses.created(ctx, "/api/campaigns/" + campaign.getLong("id"), campaign))
        .onFailure(ctx::fail);
  }

  public void get(RoutingContext ctx) {
    long id = Authz.pathLong(ctx, "campaignId");
    Responses.reply(ctx, fetch(node.store().pool(), id).compose(campaign ->
        node.store().pool().preparedQuery(CampaignSql.POSITIONS).execute(Tuple.of(id)).map(rows -> {
          JsonArray positions = new JsonArray();
          rows.forEach(row -> positions.add(CampaignJson.position(row)));
          return campaign.put("positions", positions);
        })));
  }

  public void update(RoutingContext ctx) {
    long id = Authz.pathLong(ctx, "campaignId");
    JsonObject body = Responses.body(ctx);
    Principal by = Principal.of(ctx);
    int version = body.getInteger("version");
    node.store().transaction(tx -> tx.conn().preparedQuery(CampaignSql.UPDATE)
            .execute(Tuple.of(id, body.getString("name").trim(), body.getString("organizer", "").trim(),
                body.getString("description", "").trim(), body.getString("status"), version))
            .compose(rows -> rows.size() == 1 ? Future.succeededFuture() : staleOrMissing(tx.conn(), id, version))
            .compose(x -> tx.audit(by.actor(), AuditEvent.of("campaign.update", "campaign", id, id,
                body.copy().put("version", version + 1))))
            .compose(x -> fetch(tx.conn(), id)))
        .onSuccess(campaign -> Responses.ok(ctx, campaign))
        .onFailure(ctx::fail);
  }

  static Future<JsonObject> fetch(SqlClient sql, long id) {
    return sql.preparedQuery(CampaignSql.GET).execute(Tuple.of(id)).compose(rows -> rows.size() == 0
        ? Future.failedFuture(Problem.notFound("There is no campaign " + id + "."))
        : Future.succeededFuture(CampaignJson.campaign(rows.iterator().next())));
  }

  /** Fails with 404 when the campaign is missing, 409 when someone else saved it first. */
  private static Future<Void> staleOrMissing(SqlClient sql, long id, int version) {
    return sql.preparedQuery(CampaignSql.EXISTS).execute(Tuple.of(id)).compose((RowSet<Row> rows) -> {
      if (rows.size() == 0) {
        return Future.failedFuture(Problem.notFound("There is no campaign " + id + "."));
      }
      int current = rows.iterator().next().getInteger("version");
      return Future.failedFuture(Problem.conflict("The campaign was changed by someone else (your version "
          + version + ", now " + current + "). Reload it and apply your change again."));
    });
  }
}
