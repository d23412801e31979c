package org.saima.scoring.ranking;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/** The campaign's ranking, shortlists and nominated per position; its xlsx export; tie decisions. */
public final class RankingHandlers {
  private final Node node;

  public RankingHandlers(Node node) {
    this.node = node;
  }

  public void get(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    // Thousands of candidates make a large answer: it is built and encoded off the event loop.
    CampaignSelection.load(node.vertx(), node.store().pool(), campaignId)
        .compose(selection -> node.blocking(() -> new RankingJson(selection).campaign().encode()))
        .onSuccess(json -> ctx.response().putHeader("Content-Type", "application/json").end(json))
        .onFailure(ctx::fail);
  }

  /** The result sheets as xlsx; every export is in the audit trail. */
  public void xlsx(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    Principal by = Principal.of(ctx);
    var pool = node.store().pool();
    pool.preparedQuery("SELECT name FROM core.campaigns WHERE id = $1").execute(Tuple.of(campaignId))
        .compose(rows -> rows.size() == 0 ? Future.failedFuture(Problem.notFound("There is no campaign " + campaignId + "."))
            : CampaignSelection.load(node.vertx(), pool, campaignId).compose(selection -> {
              String name = rows.iterator().next().getString("name");
              JsonObject ranking = new RankingJson(selection).campaign();
              return node.blocking(() -> RankingWorkbook.build(name, selection, ranking))
                  .compose(bytes -> node.store().transaction(tx -> tx.audit(by.actor(), AuditEvent.of("ranking.export",
                      "campaign", campaignId, campaignId, new JsonObject().put("format", "xlsx")
                          .put("bytes", bytes.length))).map(bytes)))
                  .map(bytes -> new Object[] {name, bytes});
            }))
        .onSuccess(file -> org.saima.scoring.common.XlsxBook.send(ctx, (byte[]) file[1], file[0] + "-综合成绩.xlsx"))
        .onFailure(ctx::fail);
  }

  /** The organizer orders candidates the ranking left tied, with a reason; they must be tied now. */
  public void decideTie(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    JsonObject body = Responses.body(ctx);
    long positionId = body.getLong("positionId");
    String round = body.getString("round");
    List<Long> order = new ArrayList<>();
    body.getJsonArray("candidateIds").forEach(id -> order.add(((Number) id).longValue()));
    String reason = body.getString("reason").trim();
    if (reason.isEmpty()) {
      throw Problem.invalidField("reason", "must not be blank");
    }
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> CampaignSelection.load(node.vertx(), tx.conn(), campaignId)
            .compose(selection -> checkTied(selection, positionId, round, order))
            .compose(x -> tx.conn().preparedQuery(RankingSql.INSERT_DECISION).execute(Tuple.of(campaignId, positionId,
                round, order.toArray(Long[]::new), reason, by.userId())))
            .compose(x -> tx.audit(by.actor(), AuditEvent.of("ranking.tie-decision", "position", positionId, campaignId,
                new JsonObject().put("round", round).put("order", new JsonArray(order)).put("reason", reason))))
            .compose(x -> CampaignSelection.load(node.vertx(), tx.conn(), campaignId)))
        .onSuccess(selection -> Responses.json(ctx, 201, new RankingJson(selection)
            .position(selection.position(positionId))))
        .onFailure(ctx::fail);
  }

  private static Future<Void> checkTied(CampaignSelection selection, long positionId, String round, List<Long> order) {
    CampaignSelection.PositionSelection position = selection.position(positionId);
    if (position == null) {
      return Future.failedFuture(Problem.invalidField("positionId", "campaign " + selection.campaignId()
          + " has no position " + positionId));
    }
    RankedList ranking = rankingOf(position.result(), round);
    if (ranking == null) {
      return Future.failedFuture(Problem.invalidField("round", "no ranking yet for round " + round
          + " (use a stage code or 'final')"));
    }
    Set<String> wanted = new HashSet<>(order.stream().map(String::valueOf).toList());
    // A group still tied, or one an earlier decision ordered (the organizer may decide again).
    boolean decidedBefore = position.decisions().getOrDefault(round, List.of()).stream().anyMatch(row ->
        new HashSet<>(java.util.Arrays.stream(row.getArrayOfLongs("candidate_ids")).map(String::valueOf).toList())
            .equals(wanted));
    boolean tied = wanted.size() == order.size() && (decidedBefore
        || ranking.unresolvedTies().stream().anyMatch(group -> Set.copyOf(group).equals(wanted)));
    return tied ? Future.succeededFuture() : Future.failedFuture(Problem.conflict("These candidates are not a group"
        + " the ranking left tied in round " + round + "; list exactly the tied candidates, in the order decided."));
  }

  private static RankedList rankingOf(SelectionResult result, String round) {
    if (Selection.FINAL.equals(round)) {
      return result.finalRanking();
    }
    return result.rounds().stream().filter(r -> r.rule().stage().equals(round)).map(Round::ranking)
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }
}
