package org.saima.live.poll;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.List;
import org.saima.live.board.BoardBus;
import org.saima.live.event.Events;
import org.saima.live.tally.Tallies;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.db.Tx;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.rules.DifferentialRule;
import org.saima.shared.service.Node;

/** Polls of a live event: set up (refused with reasons when a rule is broken), list, read with live counts. */
public final class PollHandlers {
  private final Node node;
  private final Tallies tallies;

  public PollHandlers(Node node, Tallies tallies) {
    this.node = node;
    this.tallies = tallies;
  }

  public void create(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long eventId = Authz.pathLong(ctx, "eventId");
    JsonObject body = Responses.body(ctx);
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> Events.load(tx.conn(), eventId, campaignId).compose(event -> {
          PollDefinition definition = PollInput.definition(body, event);
          PollRules.check(new PollSetup(ratio(body)), definition);
          return insert(tx, eventId, body.getString("title").trim(), definition, null)
              .compose(id -> tx.audit(by.actor(), AuditEvent.of("poll.create", "poll", id, campaignId,
                  new JsonObject().put("eventId", eventId).put("title", body.getString("title"))
                      .put("definition", definition.toJson()))).map(id));
        }))
        .compose(id -> Polls.one(node.store().pool(), eventId, id))
        .onSuccess(poll -> {
          BoardBus.eventChanged(node.vertx(), eventId);
          Responses.created(ctx, "/api/campaigns/" + campaignId + "/events/" + eventId + "/polls/" + poll.getLong("id"),
              poll);
        })
        .onFailure(ctx::fail);
  }

  static Future<Long> insert(Tx tx, long eventId, String title, PollDefinition definition, Long runoffOf) {
    Long[] categoryIds = definition.categories().stream().map(PollDefinition.Category::id).toArray(Long[]::new);
    return tx.conn().preparedQuery(PollSql.INSERT).execute(Tuple.tuple().addLong(eventId).addString(definition.kind())
            .addString(title).addValue(definition.toJson()).addValue(categoryIds).addLong(runoffOf))
        .map(rows -> rows.iterator().next().getLong("id"));
  }

  private static DifferentialRule ratio(JsonObject body) {
    String ratio = body.getString("differentialRatio");
    try {
      return ratio == null ? DifferentialRule.TWENTY_PERCENT : new DifferentialRule(new BigDecimal(ratio));
    } catch (IllegalArgumentException e) {
      throw Problem.invalidField("differentialRatio", "must be a decimal such as 0.20, at least 0");
    }
  }

  public void list(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long eventId = Authz.pathLong(ctx, "eventId");
    Responses.reply(ctx, Events.load(node.store().pool(), eventId, campaignId)
        .compose(event -> Polls.ofEvent(node.store().pool(), eventId))
        .compose(polls -> withLive(polls).map(list -> new JsonObject().put("polls", list))));
  }

  /** The organizer always sees the live count, revealed or not. */
  public void get(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long eventId = Authz.pathLong(ctx, "eventId");
    long pollId = Authz.pathLong(ctx, "pollId");
    Responses.reply(ctx, Events.load(node.store().pool(), eventId, campaignId)
        .compose(event -> Polls.one(node.store().pool(), eventId, pollId))
        .compose(poll -> withLive(new JsonArray().add(poll)).map(list -> list.getJsonObject(0))));
  }

  private Future<JsonArray> withLive(JsonArray polls) {
    JsonArray ids = new JsonArray(polls.stream().map(p -> ((JsonObject) p).getLong("id")).toList());
    return tallies.latest(ids).compose(snapshots -> {
      List<Future<JsonObject>> filled = new java.util.ArrayList<>();
      for (int i = 0; i < polls.size(); i++) {
        JsonObject poll = polls.getJsonObject(i);
        JsonObject snapshot = snapshots.get(i);
        filled.add(snapshot != null || "draft".equals(poll.getString("status"))
            ? Future.succeededFuture(poll.put("live", snapshot))
            : Tallies.count(node.store().pool(), poll.getLong("id")).map(s -> poll.put("live", s)));
      }
      return Future.all(filled).map(x -> polls);
    });
  }

  /** Public once published: every ballot as receipt and choices, so a voter can find theirs. */
  public void ballotBox(RoutingContext ctx) {
    long pollId = Authz.pathLong(ctx, "pollId");
    var pool = node.store().pool();
    Responses.reply(ctx, pool.preparedQuery(PollSql.PUBLISHED_POLL).execute(Tuple.of(pollId)).compose(rows -> {
      if (rows.size() == 0 || !"published".equals(rows.iterator().next().getString("status"))) {
        return Future.failedFuture(Problem.notFound("Poll " + pollId + " has no published ballot box."));
      }
      var poll = rows.iterator().next();
      return pool.preparedQuery(PollSql.BALLOT_BOX).execute(Tuple.of(pollId)).map(ballots -> {
        JsonArray box = new JsonArray();
        ballots.forEach(b -> box.add(new JsonObject().put("receipt", b.getString("receipt"))
            .put("category", b.getString("category")).put("choices", b.getValue("choices"))));
        return new JsonObject().put("pollId", pollId).put("title", poll.getString("title"))
            .put("kind", poll.getString("kind")).put("event", poll.getString("event_name"))
            .put("definition", poll.getValue("definition")).put("ballots", box);
      });
    }));
  }
}
