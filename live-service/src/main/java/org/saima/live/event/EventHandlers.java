package org.saima.live.event;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.db.Tx;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/** Live events of a campaign: set up (candidates, run-of-show, voter categories), list, read. */
public final class EventHandlers {
  private final Node node;

  public EventHandlers(Node node) {
    this.node = node;
  }

  public void create(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    JsonObject body = Responses.body(ctx);
    Principal by = Principal.of(ctx);
    long positionId = body.getLong("positionId");
    JsonArray categories = body.getJsonArray("categories");
    checkCategories(categories);
    node.store().transaction(tx -> tx.conn().preparedQuery(EventSql.POSITION).execute(Tuple.of(campaignId, positionId))
            .compose(rows -> rows.size() == 1 ? candidateIds(tx, campaignId, positionId, body)
                : Future.failedFuture(Problem.invalidField("positionId", "campaign " + campaignId
                    + " has no position " + positionId)))
            .compose(candidates -> insert(tx, campaignId, positionId, body, candidates, by)))
        .compose(id -> Events.load(node.store().pool(), id, campaignId))
        .onSuccess(event -> Responses.created(ctx, "/api/campaigns/" + campaignId + "/events/" + event.getLong("id"),
            event))
        .onFailure(ctx::fail);
  }

  public void list(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    Responses.reply(ctx, node.store().pool().preparedQuery(EventSql.LIST).execute(Tuple.of(campaignId)).map(rows -> {
      JsonArray events = new JsonArray();
      rows.forEach(row -> events.add(Events.event(row)));
      return new JsonObject().put("events", events);
    }));
  }

  public void get(RoutingContext ctx) {
    Responses.reply(ctx, Events.load(node.store().pool(), Authz.pathLong(ctx, "eventId"),
        Authz.pathLong(ctx, "campaignId")));
  }

  private static void checkCategories(JsonArray categories) {
    var names = new HashSet<String>();
    for (int i = 0; i < categories.size(); i++) {
      String name = categories.getJsonObject(i).getString("name").trim();
      if (name.isEmpty() || !names.add(name)) {
        throw Problem.invalidField("categories." + i + ".name", "must be present and differ from the others");
      }
    }
  }

  /** The candidates named in the request (all of the campaign), or every candidate of the position. */
  private static Future<List<Long>> candidateIds(Tx tx, long campaignId, long positionId, JsonObject body) {
    JsonArray given = body.getJsonArray("candidateIds");
    if (given == null) {
      return tx.conn().preparedQuery(EventSql.POSITION_CANDIDATES).execute(Tuple.of(campaignId, positionId))
          .map(rows -> {
            List<Long> ids = new ArrayList<>();
            rows.forEach(r -> ids.add(r.getLong("id")));
            if (ids.size() < 2) {
              throw Problem.invalidField("candidateIds", "a live event needs at least 2 candidates; position "
                  + positionId + " has " + ids.size());
            }
            return ids;
          });
    }
    List<Long> ids = given.stream().map(v -> ((Number) v).longValue()).toList();
    if (new HashSet<>(ids).size() != ids.size()) {
      throw Problem.invalidField("candidateIds", "a candidate is listed twice");
    }
    return tx.conn().preparedQuery(EventSql.CAMPAIGN_CANDIDATES)
        .execute(Tuple.tuple().addLong(campaignId).addValue(ids.toArray(Long[]::new))).map(rows -> {
          if (rows.size() != ids.size()) {
            throw Problem.invalidField("candidateIds", "some of these are not candidates of campaign " + campaignId);
          }
          return ids;
        });
  }

  private Future<Long> insert(Tx tx, long campaignId, long positionId, JsonObject body, List<Long> candidates,
      Principal by) {
    String name = body.getString("name").trim();
    return tx.conn().preparedQuery(EventSql.INSERT).execute(Tuple.of(campaignId, positionId, name,
            body.getString("venue", "").trim(), by.userId()))
        .map(rows -> rows.iterator().next().getLong("id"))
        .compose(id -> tx.conn().preparedQuery(EventSql.INSERT_CANDIDATES).execute(Tuple.tuple().addLong(id)
                .addValue(candidates.toArray(Long[]::new)).addInteger(body.getInteger("speechSeconds"))
                .addInteger(body.getInteger("qaSeconds")))
            .compose(x -> tx.conn().preparedQuery(EventSql.INSERT_CATEGORY).executeBatch(categoryRows(id, body)))
            .compose(x -> tx.conn().preparedQuery(EventSql.INSERT_STAGE).execute(Tuple.of(id)))
            .compose(x -> tx.audit(by.actor(), AuditEvent.of("event.create", "event", id, campaignId,
                new JsonObject().put("name", name).put("positionId", positionId)
                    .put("candidateIds", new JsonArray(candidates))
                    .put("speechSeconds", body.getInteger("speechSeconds")).put("qaSeconds", body.getInteger("qaSeconds"))
                    .put("categories", body.getJsonArray("categories")))))
            .map(id));
  }

  private static List<Tuple> categoryRows(long eventId, JsonObject body) {
    List<Tuple> rows = new ArrayList<>();
    JsonArray categories = body.getJsonArray("categories");
    for (int i = 0; i < categories.size(); i++) {
      JsonObject c = categories.getJsonObject(i);
      rows.add(Tuple.of(eventId, i + 1, c.getString("name").trim(), c.getInteger("entitled"),
          decimal(c, "weight", BigDecimal.ZERO), decimal(c, "multiplier", BigDecimal.ONE)));
    }
    return rows;
  }

  private static BigDecimal decimal(JsonObject json, String field, BigDecimal fallback) {
    Object value = json.getValue(field);
    return value == null ? fallback : new BigDecimal(value.toString());
  }
}
