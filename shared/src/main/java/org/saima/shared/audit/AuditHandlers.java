package org.saima.shared.audit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import org.saima.shared.auth.Principal;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/** Organizer endpoints over the full-process record: read a campaign's entries, verify the chain. */
public final class AuditHandlers {
  private static final String BY_CAMPAIGN = "SELECT * FROM core.audit WHERE ($1::bigint IS NULL OR campaign_id = $1)"
      + " AND id > $2 ORDER BY id LIMIT $3";

  private final Node node;

  public AuditHandlers(Node node) {
    this.node = node;
  }

  public void verify(RoutingContext ctx) {
    Responses.reply(ctx, new AuditVerifier(node.store().pool()).verify().map(AuditVerifier.Result::toJson));
  }

  public void list(RoutingContext ctx) {
    Principal principal = Principal.of(ctx);
    Long campaignId = queryLong(ctx, "campaignId", null);
    if (campaignId == null ? !principal.allCampaigns() : !principal.mayActOn(campaignId)) {
      throw Problem.forbidden(campaignId == null
          ? "Name a campaign (campaignId): only organizers over all campaigns read the whole record."
          : "You may not act on campaign " + campaignId + ".");
    }
    long afterId = queryLong(ctx, "afterId", 0L);
    long limit = queryLong(ctx, "limit", 100L);
    Responses.reply(ctx, node.store().pool().preparedQuery(BY_CAMPAIGN)
        .execute(Tuple.of(campaignId, afterId, limit))
        .map(rows -> {
          JsonArray entries = new JsonArray();
          rows.forEach(row -> entries.add(AuditTrail.fromRow(row).toJson()));
          return new JsonObject().put("entries", entries);
        }));
  }

  private static Long queryLong(RoutingContext ctx, String name, Long fallback) {
    String value = ctx.queryParams().get(name);
    return value == null ? fallback : Long.valueOf(value);
  }
}
