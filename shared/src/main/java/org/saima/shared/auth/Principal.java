package org.saima.shared.auth;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.saima.shared.audit.Actor;
import org.saima.shared.http.Problem;

/** The signed-in staff member of a request, read from the verified token. */
public record Principal(long userId, String username, String displayName, JsonArray roles, boolean allCampaigns,
    JsonArray campaigns) {

  public static Principal of(RoutingContext ctx) {
    if (ctx.user() == null) {
      throw Problem.unauthorized("Sign in first: send a valid, unexpired bearer token.");
    }
    JsonObject p = ctx.user().principal();
    return new Principal(p.getLong("uid", -1L), p.getString("sub"), p.getString("name", p.getString("sub")),
        p.getJsonArray("roles", new JsonArray()), p.getBoolean("allCampaigns", false),
        p.getJsonArray("campaigns", new JsonArray()));
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean mayActOn(long campaignId) {
    if (allCampaigns) {
      return true;
    }
    for (Object granted : campaigns) {
      if (granted instanceof Number number && number.longValue() == campaignId) {
        return true;
      }
    }
    return false;
  }

  public Actor actor() {
    return new Actor(userId, username);
  }
}
