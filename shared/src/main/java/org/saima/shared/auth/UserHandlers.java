package org.saima.shared.auth;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/** Staff account administration, for organizers who may act on all campaigns. */
public final class UserHandlers {
  private final Node node;

  public UserHandlers(Node node) {
    this.node = node;
  }

  /** Chained before the handlers below: only an organizer over all campaigns manages accounts. */
  public void requireAdministrator(RoutingContext ctx) {
    Principal p = Principal.of(ctx);
    if (p.hasRole(Roles.ORGANIZER) && p.allCampaigns()) {
      ctx.next();
    } else {
      ctx.fail(Problem.forbidden("Only an organizer who may act on all campaigns manages accounts."));
    }
  }

  public void list(RoutingContext ctx) {
    Responses.reply(ctx, Users.all(node.store().pool()).map(users ->
        new JsonArray(users.stream().map(StaffUser::toJson).toList())));
  }

  public void create(RoutingContext ctx) {
    NewUser user = NewUser.fromJson(Responses.body(ctx));
    Principal by = Principal.of(ctx);
    node.blocking(() -> node.passwords().hash(user.password()))
        .compose(hash -> node.store().transaction(tx -> Users.insert(tx.conn(), user, hash)
            .compose(id -> grantAll(tx.conn(), id, user)
                .compose(x -> tx.audit(by.actor(), AuditEvent.of("user.create", "user", id, null,
                    new JsonObject().put("username", user.username()).put("roles", new JsonArray(user.roles()))
                        .put("allCampaigns", user.allCampaigns())
                        .put("campaigns", new JsonArray(user.campaigns())))))
                .compose(x -> Users.byId(tx.conn(), id)))))
        .onSuccess(created -> Responses.created(ctx, "/api/users/" + created.id(), created.toJson()))
        .onFailure(ctx::fail);
  }

  private static Future<Void> grantAll(io.vertx.sqlclient.SqlClient sql, long userId, NewUser user) {
    Future<Void> chain = Future.succeededFuture();
    for (long campaignId : user.campaigns()) {
      chain = chain.compose(x -> Users.grant(sql, userId, campaignId));
    }
    return chain;
  }
}
