package org.saima.scoring.panel;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.auth.Roles;
import org.saima.shared.http.Problem;

/**
 * Who may act on a panel, chained after authentication and {@link Authz#campaign}: an organizer of the
 * campaign, or an examiner sitting on this panel (the chief for the chief's actions). The answer is kept in
 * the routing context for the handler.
 */
public final class PanelAccess {
  private static final String KEY = "saima.panelAccess";

  /** What the signed-in person is on the panel; {@code seat} is null for an organizer not sitting on it. */
  public record Access(long campaignId, long panelId, long userId, Integer seat, boolean chief, boolean organizer) {
    public boolean examiner() {
      return seat != null;
    }
  }

  private final Pool pool;

  public PanelAccess(Pool pool) {
    this.pool = pool;
  }

  public static Access of(RoutingContext ctx) {
    return ctx.get(KEY);
  }

  /** An organizer of the campaign, or an examiner on the panel. */
  public Handler<RoutingContext> memberOrOrganizer() {
    return ctx -> load(ctx, access -> access.examiner() || access.organizer(), "You are not an examiner of this panel.");
  }

  /** Only an examiner sitting on the panel (scoring, declaring a recusal). */
  public Handler<RoutingContext> examiner() {
    return ctx -> load(ctx, Access::examiner, "Only an examiner of this panel may do this.");
  }

  /** The chief examiner, or an organizer of the campaign (reading the panel's progress). */
  public Handler<RoutingContext> chiefOrOrganizer() {
    return ctx -> load(ctx, access -> access.chief() || access.organizer(),
        "Only the chief examiner of this panel or an organizer may see this.");
  }

  /** Only the chief examiner: the countersignature (双签字) is theirs alone. */
  public Handler<RoutingContext> chief() {
    return ctx -> load(ctx, Access::chief, "Only the chief examiner of this panel may confirm a candidate's sheet.");
  }

  private void load(RoutingContext ctx, java.util.function.Predicate<Access> allowed, String refusal) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long panelId = Authz.pathLong(ctx, "panelId");
    Principal principal = Principal.of(ctx);
    pool.preparedQuery(PanelSql.MEMBERSHIP).execute(Tuple.of(campaignId, panelId, principal.userId()))
        .onSuccess(rows -> {
          if (rows.size() == 0) {
            ctx.fail(Problem.notFound("Campaign " + campaignId + " has no panel " + panelId + "."));
            return;
          }
          Row row = rows.iterator().next();
          Integer seat = principal.hasRole(Roles.EXAMINER) ? row.getInteger("seat") : null;
          Access access = new Access(campaignId, panelId, principal.userId(), seat,
              seat != null && Boolean.TRUE.equals(row.getBoolean("chief")), principal.hasRole(Roles.ORGANIZER));
          if (allowed.test(access)) {
            ctx.put(KEY, access);
            ctx.next();
          } else {
            ctx.fail(Problem.forbidden(refusal));
          }
        })
        .onFailure(ctx::fail);
  }
}
