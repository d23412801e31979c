package org.saima.scoring.campaign;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/** Candidates (竞职人) of a campaign, one position each. */
public final class CandidateHandlers {
  private static final String CANDIDATE_ID = "SELECT id_card FROM core.candidates WHERE campaign_id = $1 AND id = $2";

  private final Node node;

  public CandidateHandlers(Node node) {
    this.node = node;
  }

  public void list(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    String position = ctx.queryParams().get("positionId");
    Long positionId = position == null ? null : Long.valueOf(position);
    Responses.reply(ctx, CampaignHandlers.fetch(node.store().pool(), campaignId)
        .compose(c -> node.store().pool().preparedQuery(CampaignSql.CANDIDATES)
            .execute(Tuple.of(campaignId, positionId)))
        .map(rows -> {
          JsonArray candidates = new JsonArray();
          rows.forEach(row -> candidates.add(CampaignJson.candidate(row)));
          return new JsonObject().put("candidates", candidates);
        }));
  }

  public void get(RoutingContext ctx) {
    Responses.reply(ctx, fetch(node.store().pool(), Authz.pathLong(ctx, "campaignId"),
        Authz.pathLong(ctx, "candidateId")));
  }

  public void create(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    JsonObject body = Responses.body(ctx);
    CandidateInput input = CandidateInput.fromJson(body, true, LocalDate.now());
    long positionId = body.getLong("positionId");
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> position(tx.conn(), campaignId, positionId)
            .compose(x -> tx.conn().preparedQuery(CampaignSql.CANDIDATE_INSERT).execute(Tuple.of(campaignId,
                positionId, input.name(), input.idCard(), input.unit(), input.currentPost(), input.phone())))
            .map(rows -> rows.iterator().next().getLong("id"))
            .compose(id -> tx.audit(by.actor(), AuditEvent.of("candidate.create", "candidate", id, campaignId,
                    auditDetail(input, positionId)))
                .compose(x -> fetch(tx.conn(), campaignId, id))))
        .onSuccess(c -> Responses.created(ctx, "/api/campaigns/" + campaignId + "/candidates/" + c.getLong("id"), c))
        .onFailure(ctx::fail);
  }

  public void update(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long candidateId = Authz.pathLong(ctx, "candidateId");
    JsonObject body = Responses.body(ctx);
    CandidateInput input = CandidateInput.fromJson(body, false, LocalDate.now());
    long positionId = body.getLong("positionId");
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> position(tx.conn(), campaignId, positionId)
            .compose(x -> storedIdCard(tx.conn(), campaignId, candidateId))
            .compose(stored -> tx.conn().preparedQuery(CampaignSql.CANDIDATE_UPDATE).execute(Tuple.of(campaignId,
                candidateId, positionId, input.name(), input.idCard() == null ? stored : input.idCard(),
                input.unit(), input.currentPost(), input.phone())))
            .compose(x -> tx.audit(by.actor(), AuditEvent.of("candidate.update", "candidate", candidateId,
                campaignId, auditDetail(input, positionId))))
            .compose(x -> fetch(tx.conn(), campaignId, candidateId)))
        .onSuccess(c -> Responses.ok(ctx, c))
        .onFailure(ctx::fail);
  }

  static Future<JsonObject> fetch(SqlClient sql, long campaignId, long candidateId) {
    return sql.preparedQuery(CampaignSql.CANDIDATE).execute(Tuple.of(campaignId, candidateId))
        .compose(rows -> rows.size() == 0
            ? Future.failedFuture(Problem.notFound("Campaign " + campaignId + " has no candidate " + candidateId + "."))
            : Future.succeededFuture(CampaignJson.candidate(rows.iterator().next())));
  }

  private static Future<Void> position(SqlClient sql, long campaignId, long positionId) {
    return PositionHandlers.fetch(sql, campaignId, positionId)
        .transform(found -> found.succeeded() ? Future.<Void>succeededFuture()
            : Future.failedFuture(Problem.invalidField("positionId", "campaign " + campaignId
                + " has no position " + positionId)));
  }

  private static Future<String> storedIdCard(SqlClient sql, long campaignId, long candidateId) {
    return sql.preparedQuery(CANDIDATE_ID).execute(Tuple.of(campaignId, candidateId))
        .compose(rows -> rows.size() == 0
            ? Future.failedFuture(Problem.notFound("Campaign " + campaignId + " has no candidate " + candidateId + "."))
            : Future.succeededFuture(rows.iterator().next().getString("id_card")));
  }

  static JsonObject auditDetail(CandidateInput input, long positionId) {
    return new JsonObject().put("name", input.name()).put("positionId", positionId).put("unit", input.unit())
        .put("idCardMasked", input.idCard() == null ? null : IdCard.mask(input.idCard()));
  }
}
