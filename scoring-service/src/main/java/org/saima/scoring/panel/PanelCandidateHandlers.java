package org.saima.scoring.panel;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.saima.scoring.common.Conflicts;
import org.saima.scoring.common.Rows;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Principal;
import org.saima.shared.db.Tx;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/** Which candidates a panel scores, under which drawn numbers, and who is recused from whom (回避). */
public final class PanelCandidateHandlers {
  private static final Map<String, String[]> UNIQUE = Map.of(
      "panel_candidates_stage_candidate_key",
      new String[] {"candidates", "A candidate listed is already on another panel of this stage."},
      "panel_candidates_draw_key", new String[] {"candidates", "Two candidates have the same drawn number."});
  private static final SecureRandom RANDOM = new SecureRandom();

  private record Entry(long candidateId, Integer drawNumber) {
  }

  private record Current(boolean scored, Integer drawNumber) {
  }

  private final Node node;

  public PanelCandidateHandlers(Node node) {
    this.node = node;
  }

  /** Sets the panel's candidates: [{candidateId, drawNumber?}]; a candidate already scored cannot leave or change number. */
  public void setCandidates(RoutingContext ctx) {
    PanelAccess.Access access = PanelAccess.of(ctx);
    List<Entry> entries = entries(Responses.body(ctx).getJsonArray("candidates"));
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> Panel.load(tx.conn(), access.campaignId(), access.panelId())
            .compose(panel -> inCampaign(tx, access.campaignId(), entries)
                .compose(x -> current(tx, access.panelId()))
                .compose(current -> keepsScored(current, entries))
                .compose(x -> save(tx, panel, entries))
                .compose(x -> tx.audit(by.actor(), AuditEvent.of("panel.candidates", "panel", panel.id(),
                    panel.campaignId(), new JsonObject().put("candidates", json(entries)))))
                .compose(x -> PanelView.load(tx.conn(), access))))
        .recover(Conflicts.naming(UNIQUE))
        .onSuccess(view -> Responses.ok(ctx, view))
        .onFailure(ctx::fail);
  }

  /** Draws numbers 1..n in a random order (抽签); refused once a sheet is submitted. */
  public void draw(RoutingContext ctx) {
    PanelAccess.Access access = PanelAccess.of(ctx);
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> PanelHandlers.noSheetsYet(tx, access.panelId(), "the drawn numbers cannot change")
            .compose(x -> current(tx, access.panelId()))
            .compose(current -> {
              List<Long> order = new ArrayList<>(current.keySet());
              Collections.sort(order);
              Collections.shuffle(order, RANDOM);
              Integer[] numbers = new Integer[order.size()];
              for (int i = 0; i < numbers.length; i++) {
                numbers[i] = i + 1;
              }
              return tx.conn().preparedQuery(PanelSql.SET_DRAW).execute(Tuple.tuple().addLong(access.panelId())
                      .addValue(order.toArray(Long[]::new)).addValue(numbers))
                  .compose(x -> tx.audit(by.actor(), AuditEvent.of("panel.draw", "panel", access.panelId(),
                      access.campaignId(), new JsonObject().put("order", new JsonArray(order)))));
            })
            .compose(x -> PanelView.load(tx.conn(), access)))
        .onSuccess(view -> Responses.ok(ctx, view))
        .onFailure(ctx::fail);
  }

  /**
   * Records a recusal: an examiner declares their own (examinerId omitted or theirs), an organizer records one
   * for any examiner of the panel. Refused once that examiner scored the candidate or the chief confirmed it.
   */
  public void recuse(RoutingContext ctx) {
    PanelAccess.Access access = PanelAccess.of(ctx);
    JsonObject body = Responses.body(ctx);
    long examinerId = body.getLong("examinerId", access.userId());
    if (examinerId != access.userId() && !access.organizer()) {
      throw Problem.forbidden("An examiner declares only their own recusal; the organizer records others'.");
    }
    long candidateId = body.getLong("candidateId");
    String reason = body.getString("reason").trim();
    if (reason.isEmpty()) {
      throw Problem.invalidField("reason", "must not be blank");
    }
    Principal by = Principal.of(ctx);
    boolean own = examinerId == access.userId();
    node.store().transaction(tx -> recusable(tx, access.panelId(), candidateId, examinerId)
            .compose(x -> tx.conn().preparedQuery(PanelSql.INSERT_RECUSAL).execute(Tuple.of(access.panelId(),
                examinerId, candidateId, by.userId(), own, reason)))
            .compose(x -> tx.audit(by.actor(), AuditEvent.of("panel.recusal", "panel", access.panelId(),
                access.campaignId(), new JsonObject().put("examinerId", examinerId).put("candidateId", candidateId)
                    .put("declaredByExaminer", own).put("reason", reason))))
            .compose(x -> PanelView.load(tx.conn(), access)))
        .onSuccess(view -> Responses.created(ctx, "/api/campaigns/" + access.campaignId() + "/panels/"
            + access.panelId(), view))
        .onFailure(ctx::fail);
  }

  private static Future<Void> recusable(Tx tx, long panelId, long candidateId, long examinerId) {
    return tx.conn().preparedQuery(PanelSql.RECUSAL_STATE).execute(Tuple.of(panelId, candidateId, examinerId))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.failedFuture(Problem.invalidField("candidateId", "candidate " + candidateId
                + " is not on this panel"));
          }
          Row row = rows.iterator().next();
          if (!row.getBoolean("member")) {
            return Future.failedFuture(Problem.invalidField("examinerId", "user " + examinerId
                + " is not an examiner of this panel"));
          }
          if ("confirmed".equals(row.getString("status")) || row.getBoolean("scored")) {
            return Future.failedFuture(Problem.conflict("This examiner has already scored this candidate, or the chief"
                + " confirmed the candidate's sheet: a recusal now needs the organizer to reopen it first."));
          }
          return Future.succeededFuture();
        });
  }

  private static List<Entry> entries(JsonArray list) {
    List<Entry> entries = new ArrayList<>();
    Set<Long> ids = new HashSet<>();
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonObject item = list.getJsonObject(i);
      Entry entry = new Entry(item.getLong("candidateId"), item.getInteger("drawNumber"));
      if (!ids.add(entry.candidateId())) {
        throw Problem.invalidField("candidates." + i + ".candidateId", "candidate " + entry.candidateId()
            + " is listed twice");
      }
      if (entry.drawNumber() != null && !numbers.add(entry.drawNumber())) {
        throw Problem.invalidField("candidates." + i + ".drawNumber", "number " + entry.drawNumber() + " is listed twice");
      }
      entries.add(entry);
    }
    return entries;
  }

  private static Future<Void> inCampaign(Tx tx, long campaignId, List<Entry> entries) {
    Long[] ids = entries.stream().map(Entry::candidateId).toArray(Long[]::new);
    return tx.conn().preparedQuery(PanelSql.CAMPAIGN_CANDIDATES).execute(Tuple.tuple().addLong(campaignId).addValue(ids))
        .compose(rows -> {
          Set<Long> found = new HashSet<>(Rows.list(rows, row -> row.getLong("id")));
          List<Long> missing = entries.stream().map(Entry::candidateId).filter(id -> !found.contains(id)).toList();
          return missing.isEmpty() ? Future.succeededFuture() : Future.failedFuture(Problem.invalidField("candidates",
              "not candidates of campaign " + campaignId + ": " + missing));
        });
  }

  private static Future<Map<Long, Current>> current(Tx tx, long panelId) {
    return tx.conn().preparedQuery(PanelSql.CURRENT_CANDIDATES).execute(Tuple.of(panelId)).map(rows -> {
      Map<Long, Current> current = new HashMap<>();
      rows.forEach(row -> current.put(row.getLong("candidate_id"),
          new Current(row.getBoolean("scored"), row.getInteger("draw_number"))));
      return current;
    });
  }

  private static Future<Void> keepsScored(Map<Long, Current> current, List<Entry> entries) {
    Map<Long, Entry> next = new HashMap<>();
    entries.forEach(e -> next.put(e.candidateId(), e));
    for (var c : current.entrySet()) {
      Entry entry = next.get(c.getKey());
      if (c.getValue().scored() && (entry == null || !Objects.equals(entry.drawNumber(), c.getValue().drawNumber()))) {
        return Future.failedFuture(Problem.conflict("Candidate " + c.getKey() + " has been scored on this panel: it"
            + " stays on it under the same number."));
      }
    }
    return Future.succeededFuture();
  }

  private static Future<Void> save(Tx tx, Panel panel, List<Entry> entries) {
    Long[] ids = entries.stream().map(Entry::candidateId).toArray(Long[]::new);
    Integer[] numbers = entries.stream().map(Entry::drawNumber).toArray(Integer[]::new);
    return tx.conn().preparedQuery(PanelSql.REMOVE_CANDIDATES).execute(Tuple.tuple().addLong(panel.id()).addValue(ids))
        .compose(x -> tx.conn().preparedQuery(PanelSql.UPSERT_CANDIDATES).execute(Tuple.tuple().addLong(panel.id())
            .addLong(panel.stageId()).addValue(ids).addValue(numbers)))
        .mapEmpty();
  }

  private static JsonArray json(List<Entry> entries) {
    return new JsonArray(entries.stream().map(e -> new JsonObject().put("candidateId", e.candidateId())
        .put("drawNumber", e.drawNumber())).toList());
  }
}
