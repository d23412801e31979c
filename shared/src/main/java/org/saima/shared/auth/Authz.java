package org.saima.shared.auth;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import org.saima.shared.http.Problem;

/** Authorization steps chained after authentication in a route: a role, then the campaign in the path. */
public final class Authz {
  private Authz() {
  }

  public static Handler<RoutingContext> role(String... anyOf) {
    return ctx -> {
      Principal principal = Principal.of(ctx);
      if (Arrays.stream(anyOf).anyMatch(principal::hasRole)) {
        ctx.next();
      } else {
        ctx.fail(Problem.forbidden("This needs the role " + String.join(" or ", anyOf) + "."));
      }
    };
  }

  /** The campaign named by a path parameter must be one the user may act on. */
  public static Handler<RoutingContext> campaign(String pathParam) {
    return ctx -> {
      long campaignId = pathLong(ctx, pathParam);
      if (Principal.of(ctx).mayActOn(campaignId)) {
        ctx.next();
      } else {
        ctx.fail(Problem.forbidden("You may not act on campaign " + campaignId + "."));
      }
    };
  }

  public static long pathLong(RoutingContext ctx, String name) {
    String raw = ctx.pathParam(name);
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw Problem.invalidField(name, "must be a whole number, got '" + raw + "'");
    }
  }
}
