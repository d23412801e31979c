package org.saima.live.event;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import org.saima.shared.auth.Principal;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/**
 * The campaigns an organizer may act on, with their positions and candidate counts, read from core
 * (written by scoring-service) so that the live console can set events up without another service.
 */
public final class CampaignReader {
  private static final String CAMPAIGNS = "SELECT c.id, c.name, c.organizer, coalesce(json_agg(json_build_object("
      + "'id', p.id, 'code', p.code, 'name', p.name, 'unit', p.unit, 'seats', p.seats, 'candidates',"
      + " (SELECT count(*) FROM core.candidates k WHERE k.position_id = p.id)) ORDER BY p.code)"
      + " FILTER (WHERE p.id IS NOT NULL), '[]') AS positions,"
      + " (SELECT count(*) FROM live.events e WHERE e.campaign_id = c.id) AS events"
      + " FROM core.campaigns c LEFT JOIN core.positions p ON p.campaign_id = c.id"
      + " WHERE $1 OR c.id = ANY ($2::bigint[]) GROUP BY c.id ORDER BY c.id DESC";

  private final Node node;

  public CampaignReader(Node node) {
    this.node = node;
  }

  public void list(RoutingContext ctx) {
    Principal p = Principal.of(ctx);
    Long[] granted = p.campaigns().stream().map(c -> ((Number) c).longValue()).toArray(Long[]::new);
    Responses.reply(ctx, node.store().pool().preparedQuery(CAMPAIGNS)
        .execute(Tuple.tuple().addBoolean(p.allCampaigns()).addValue(granted)).map(rows -> {
          JsonArray campaigns = new JsonArray();
          rows.forEach(r -> campaigns.add(new JsonObject().put("id", r.getLong("id")).put("name", r.getString("name"))
              .put("organizer", r.getString("organizer")).put("events", r.getLong("events"))
              .put("positions", new JsonArray(r.getValue("positions").toString()))));
          return new JsonObject().put("campaigns", campaigns);
        }));
  }
}
