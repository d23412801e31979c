package org.saima.scoring.notice;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.saima.scoring.common.Rows;
import org.saima.scoring.ranking.CampaignSelection;
import org.saima.scoring.ranking.SelectionResult;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.db.Tx;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/**
 * 公示: the organizer publishes the nominated of every position for a notice period, records each objection
 * received, and may hold a nomination pending review (and release it). Everyone may read the notice itself.
 */
public final class NoticeHandlers {
  private final Node node;

  public NoticeHandlers(Node node) {
    this.node = node;
  }

  public void list(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    Responses.reply(ctx, node.store().pool().preparedQuery(NoticeSql.LIST).execute(Tuple.of(campaignId))
        .map(rows -> new JsonObject().put("notices", new JsonArray(Rows.list(rows, row -> new JsonObject()
            .put("id", row.getLong("id")).put("title", row.getString("title"))
            .put("startsOn", row.getLocalDate("starts_on").toString()).put("endsOn", row.getLocalDate("ends_on").toString())
            .put("publishedAt", row.getOffsetDateTime("published_at").toInstant().toString())
            .put("entryCount", row.getLong("entry_count")).put("objectionCount", row.getLong("objection_count")))))));
  }

  /** Publishes the nominated of every position; refused while a position's selection is not complete. */
  public void publish(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    JsonObject body = Responses.body(ctx);
    LocalDate starts = date(body, "startsOn");
    LocalDate ends = date(body, "endsOn");
    if (ends.isBefore(starts)) {
      throw Problem.invalidField("endsOn", "must not be before startsOn");
    }
    String title = body.getString("title").trim();
    String contact = body.getString("contact", "").trim();
    java.util.Set<Long> chosen = new java.util.HashSet<>();
    body.getJsonArray("positionIds", new JsonArray()).forEach(id -> chosen.add(((Number) id).longValue()));
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> CampaignSelection.load(node.vertx(), tx.conn(), campaignId)
            .map(all -> chosen.isEmpty() ? all : new CampaignSelection(all.campaignId(), all.stages(), all.candidates(),
                all.positions().stream().filter(p -> chosen.contains(p.id())).toList()))
            .compose(selection -> complete(selection, chosen)
                .compose(x -> tx.conn().preparedQuery(NoticeSql.INSERT).execute(Tuple.of(campaignId, title, starts, ends,
                    contact, by.userId())))
                .map(rows -> rows.iterator().next().getLong("id"))
                .compose(id -> entries(tx, id, selection).compose(n -> tx.audit(by.actor(), AuditEvent.of("notice.publish",
                    "notice", id, campaignId, new JsonObject().put("title", title).put("startsOn", starts.toString())
                        .put("endsOn", ends.toString()).put("entries", n)))).map(id)))
            .compose(id -> detail(tx.conn(), id, campaignId)))
        .onSuccess(notice -> Responses.created(ctx, "/api/campaigns/" + campaignId + "/notices/"
            + notice.getLong("id"), notice))
        .onFailure(ctx::fail);
  }

  public void get(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    Responses.reply(ctx, detail(node.store().pool(), Authz.pathLong(ctx, "noticeId"), campaignId));
  }

  /** The notice as the public sees it: the nominated, the period, where to send objections. No sign-in. */
  public void publicNotice(RoutingContext ctx) {
    long noticeId = Authz.pathLong(ctx, "noticeId");
    Responses.reply(ctx, detail(node.store().pool(), noticeId, null).map(NoticeJson::forPublic));
  }

  public void objection(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long noticeId = Authz.pathLong(ctx, "noticeId");
    JsonObject body = Responses.body(ctx);
    LocalDate received = date(body, "receivedOn");
    Long candidateId = body.getLong("candidateId");
    String summary = body.getString("summary").trim();
    if (summary.isEmpty()) {
      throw Problem.invalidField("summary", "must not be blank");
    }
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> detail(tx.conn(), noticeId, campaignId)
            .compose(notice -> candidateId == null || listed(notice, candidateId) ? Future.succeededFuture()
                : Future.failedFuture(Problem.invalidField("candidateId", "candidate " + candidateId
                    + " is not on this notice")))
            .compose(x -> tx.conn().preparedQuery(NoticeSql.INSERT_OBJECTION).execute(Tuple.of(noticeId, candidateId,
                received, body.getString("channel"), summary, by.userId())))
            .compose(rows -> tx.audit(by.actor(), AuditEvent.of("notice.objection", "notice", noticeId, campaignId,
                new JsonObject().put("objectionId", rows.iterator().next().getLong("id")).put("candidateId", candidateId)
                    .put("receivedOn", received.toString()).put("channel", body.getString("channel"))
                    .put("summary", summary))))
            .compose(x -> detail(tx.conn(), noticeId, campaignId)))
        .onSuccess(notice -> Responses.json(ctx, 201, notice))
        .onFailure(ctx::fail);
  }

  public void hold(RoutingContext ctx) {
    setStatus(ctx, "held", "notice.hold");
  }

  public void release(RoutingContext ctx) {
    setStatus(ctx, "listed", "notice.release");
  }

  private void setStatus(RoutingContext ctx, String status, String action) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long noticeId = Authz.pathLong(ctx, "noticeId");
    long candidateId = Authz.pathLong(ctx, "candidateId");
    String reason = Responses.body(ctx).getString("reason").trim();
    if (reason.isEmpty()) {
      throw Problem.invalidField("reason", "must not be blank");
    }
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> detail(tx.conn(), noticeId, campaignId)
            .compose(notice -> tx.conn().preparedQuery(NoticeSql.ENTRY).execute(Tuple.of(noticeId, candidateId)))
            .compose(rows -> rows.size() == 0
                ? Future.failedFuture(Problem.notFound("Candidate " + candidateId + " is not on notice " + noticeId + "."))
                : rows.iterator().next().getString("status").equals(status)
                    ? Future.failedFuture(Problem.conflict("This nomination is already " + status + "."))
                    : tx.conn().preparedQuery(NoticeSql.SET_STATUS).execute(Tuple.of(noticeId, candidateId, status,
                        status.equals("held") ? reason : "")))
            .compose(x -> tx.audit(by.actor(), AuditEvent.of(action, "notice", noticeId, campaignId,
                new JsonObject().put("candidateId", candidateId).put("reason", reason))))
            .compose(x -> detail(tx.conn(), noticeId, campaignId)))
        .onSuccess(notice -> Responses.ok(ctx, notice))
        .onFailure(ctx::fail);
  }

  /** Every position on the notice (all, or those listed in positionIds) must be decided. */
  private static Future<Void> complete(CampaignSelection selection, java.util.Set<Long> chosen) {
    if (selection.positions().size() < chosen.size() || selection.positions().isEmpty()) {
      return Future.failedFuture(Problem.invalidField("positionIds", "lists no position, or a position not in campaign "
          + selection.campaignId()));
    }
    List<String> open = selection.positions().stream()
        .filter(p -> p.result().status() != SelectionResult.Status.COMPLETE)
        .map(p -> p.position().getString("code") + " (" + p.result().status().name().toLowerCase().replace('_', '-')
            + ")").toList();
    return open.isEmpty() ? Future.succeededFuture()
        : Future.failedFuture(Problem.conflict("The notice lists the nominated of every position; these positions are"
            + " not decided yet: " + String.join(", ", open) + ". Publish them later, or name the decided positions"
            + " in positionIds."));
  }

  private static Future<Integer> entries(Tx tx, long noticeId, CampaignSelection selection) {
    List<Long> candidates = new ArrayList<>();
    List<Long> positions = new ArrayList<>();
    List<BigDecimal> composites = new ArrayList<>();
    for (CampaignSelection.PositionSelection p : selection.positions()) {
      for (String nominated : p.result().nominated()) {
        candidates.add(Long.valueOf(nominated));
        positions.add(p.id());
        composites.add(p.result().finalRanking().candidates().stream().filter(c -> c.candidate().equals(nominated))
            .findFirst().orElseThrow().composite().value());
      }
    }
    Integer[] seq = java.util.stream.IntStream.rangeClosed(1, candidates.size()).boxed().toArray(Integer[]::new);
    return tx.conn().preparedQuery(NoticeSql.INSERT_ENTRIES).execute(Tuple.tuple().addLong(noticeId)
            .addValue(candidates.toArray(Long[]::new)).addValue(positions.toArray(Long[]::new)).addValue(seq)
            .addValue(composites.toArray(BigDecimal[]::new)))
        .map(candidates.size());
  }

  static Future<JsonObject> detail(SqlClient sql, long noticeId, Long campaignId) {
    return sql.preparedQuery(NoticeSql.NOTICE).execute(Tuple.of(noticeId, campaignId))
        .compose(rows -> Rows.one(rows, row -> row, "There is no notice " + noticeId + "."))
        .compose(notice -> sql.preparedQuery(NoticeSql.ENTRIES).execute(Tuple.of(noticeId))
            .compose(entries -> sql.preparedQuery(NoticeSql.OBJECTIONS).execute(Tuple.of(noticeId))
                .map(objections -> NoticeJson.full(notice, entries, objections, LocalDate.now()))));
  }

  private static boolean listed(JsonObject notice, long candidateId) {
    return notice.getJsonArray("entries").stream().anyMatch(e -> ((JsonObject) e).getLong("candidateId") == candidateId);
  }

  private static LocalDate date(JsonObject body, String field) {
    try {
      return LocalDate.parse(body.getString(field));
    } catch (DateTimeParseException | NullPointerException e) {
      throw Problem.invalidField(field, "must be a date like 2026-12-01");
    }
  }

}
