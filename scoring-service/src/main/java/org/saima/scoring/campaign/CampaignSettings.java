package org.saima.scoring.campaign;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import org.saima.scoring.common.Decimals;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.http.Responses;
import org.saima.shared.rules.DifferentialRule;
import org.saima.shared.service.Node;

/**
 * What a campaign asks of scoring: blind scoring (examiners see drawn numbers, not names) and the
 * differential ratio every stage must keep (差额, default 20%). A campaign without a row has the defaults.
 */
public record CampaignSettings(boolean blindScoring, BigDecimal differentialRatio) {
  public static final CampaignSettings DEFAULT = new CampaignSettings(false, DifferentialRule.TWENTY_PERCENT.ratio());
  private static final String GET = "SELECT blind_scoring, differential_ratio FROM scoring.campaign_settings"
      + " WHERE campaign_id = $1";
  private static final String PUT = "INSERT INTO scoring.campaign_settings (campaign_id, blind_scoring,"
      + " differential_ratio) VALUES ($1, $2, $3) ON CONFLICT (campaign_id) DO UPDATE SET"
      + " blind_scoring = EXCLUDED.blind_scoring, differential_ratio = EXCLUDED.differential_ratio, updated_at = now()";

  public static Future<CampaignSettings> load(SqlClient sql, long campaignId) {
    return sql.preparedQuery(GET).execute(Tuple.of(campaignId)).map(rows -> rows.size() == 0 ? DEFAULT
        : new CampaignSettings(rows.iterator().next().getBoolean("blind_scoring"),
            rows.iterator().next().getBigDecimal("differential_ratio")));
  }

  public DifferentialRule differential() {
    return new DifferentialRule(differentialRatio);
  }

  public JsonObject toJson() {
    return new JsonObject().put("blindScoring", blindScoring).put("differentialRatio", Decimals.plain(differentialRatio));
  }

  /** GET and PUT /api/campaigns/{campaignId}/settings. */
  public static final class Handlers {
    private final Node node;

    public Handlers(Node node) {
      this.node = node;
    }

    public void get(RoutingContext ctx) {
      long campaignId = Authz.pathLong(ctx, "campaignId");
      Responses.reply(ctx, CampaignHandlers.fetch(node.store().pool(), campaignId)
          .compose(c -> load(node.store().pool(), campaignId)).map(CampaignSettings::toJson));
    }

    public void put(RoutingContext ctx) {
      long campaignId = Authz.pathLong(ctx, "campaignId");
      JsonObject body = Responses.body(ctx);
      CampaignSettings settings = new CampaignSettings(body.getBoolean("blindScoring"),
          body.getValue("differentialRatio") == null ? DEFAULT.differentialRatio()
              : Decimals.field(body, "differentialRatio", 4, BigDecimal.ZERO, BigDecimal.TEN));
      Principal by = Principal.of(ctx);
      node.store().transaction(tx -> CampaignHandlers.fetch(tx.conn(), campaignId)
              .compose(c -> tx.conn().preparedQuery(PUT).execute(Tuple.of(campaignId, settings.blindScoring())
                  .addBigDecimal(settings.differentialRatio())))
              .compose(x -> tx.audit(by.actor(), AuditEvent.of("campaign.settings", "campaign", campaignId, campaignId,
                  settings.toJson()))))
          .onSuccess(x -> Responses.ok(ctx, settings.toJson()))
          .onFailure(ctx::fail);
    }
  }
}
