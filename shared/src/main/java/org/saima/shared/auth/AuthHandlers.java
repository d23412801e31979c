package org.saima.shared.auth;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sign-in for staff on every service: login, refresh (new grants), and who am I. */
public final class AuthHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(AuthHandlers.class);
  private static final String WRONG = "Wrong user name or password.";

  private final Node node;

  public AuthHandlers(Node node) {
    this.node = node;
  }

  public void login(RoutingContext ctx) {
    JsonObject body = Responses.body(ctx);
    String username = body.getString("username").trim();
    String password = body.getString("password");
    if (node.loginThrottle().blocked(username)) {
      ctx.response().putHeader("Retry-After", "900");
      ctx.fail(Problem.tooManyRequests("Too many failed sign-ins for this user name; try again in 15 minutes."));
      return;
    }
    Users.byUsername(node.store().pool(), username)
        .compose(user -> node.blocking(() -> checkPassword(user, password)))
        .onSuccess(user -> {
          if (user == null) {
            node.loginThrottle().failed(username);
            LOG.info("sign-in refused for '{}'", username);
            ctx.fail(Problem.unauthorized(WRONG));
          } else {
            node.loginThrottle().succeeded(username);
            LOG.info("sign-in by '{}'", user.username());
            Responses.ok(ctx, session(user));
          }
        })
        .onFailure(ctx::fail);
  }

  public void refresh(RoutingContext ctx) {
    Principal principal = Principal.of(ctx);
    Users.byId(node.store().pool(), principal.userId())
        .compose(user -> user == null || !user.active()
            ? Future.failedFuture(Problem.unauthorized("This account no longer exists or was disabled."))
            : Future.succeededFuture(session(user)))
        .onSuccess(session -> Responses.ok(ctx, session))
        .onFailure(ctx::fail);
  }

  public void me(RoutingContext ctx) {
    Principal p = Principal.of(ctx);
    Responses.ok(ctx, new JsonObject().put("id", p.userId()).put("username", p.username())
        .put("displayName", p.displayName()).put("roles", p.roles()).put("allCampaigns", p.allCampaigns())
        .put("campaigns", p.campaigns()).put("expiresAt", ctx.user().principal().getLong("exp")));
  }

  private StaffUser checkPassword(StaffUser user, String password) {
    if (user == null || !user.active()) {
      node.passwords().burn(password);
      return null;
    }
    return node.passwords().matches(password, user.passwordHash()) ? user : null;
  }

  private JsonObject session(StaffUser user) {
    return new JsonObject()
        .put("token", node.tokens().issue(user))
        .put("tokenType", "Bearer")
        .put("expiresIn", node.tokens().ttlSeconds())
        .put("user", user.toJson());
  }
}
