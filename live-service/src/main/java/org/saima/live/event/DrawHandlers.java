package org.saima.live.event;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.saima.live.board.BoardBus;
import org.saima.live.draw.Seed;
import org.saima.live.draw.SpeakingOrderDraw;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.db.Tx;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/**
 * The speaking-order draw (docs/draw.md): the organizer's console makes a secret seed and sends only its
 * SHA-256 (the commitment), which is published with the list of names; at the draw the organizer sends
 * the seed, the server checks it against the commitment, shuffles and publishes seed and order.
 */
public final class DrawHandlers {
  private final Node node;

  public DrawHandlers(Node node) {
    this.node = node;
  }

  public void commit(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long eventId = Authz.pathLong(ctx, "eventId");
    String commitment = Responses.body(ctx).getString("commitment").toLowerCase();
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> Events.load(tx.conn(), eventId, campaignId)
            .compose(event -> locked(tx, eventId).compose(state -> {
              if (state.getString("seed") != null) {
                return Future.failedFuture(Problem.conflict("The draw has already taken place."));
              }
              JsonArray names = names(event);
              return tx.conn().preparedQuery(EventSql.COMMIT_DRAW).execute(Tuple.of(eventId, commitment, names))
                  .compose(x -> tx.audit(by.actor(), AuditEvent.of("draw.commit", "event", eventId, campaignId,
                      new JsonObject().put("commitment", commitment).put("names", names))));
            })))
        .compose(x -> Events.load(node.store().pool(), eventId, campaignId))
        .onSuccess(event -> {
          BoardBus.eventChanged(node.vertx(), eventId);
          Responses.ok(ctx, event);
        })
        .onFailure(ctx::fail);
  }

  public void reveal(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long eventId = Authz.pathLong(ctx, "eventId");
    Seed seed = seed(Responses.body(ctx).getString("seed"));
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> Events.load(tx.conn(), eventId, campaignId)
            .compose(event -> locked(tx, eventId).compose(state -> draw(tx, event, state, seed, by))))
        .compose(x -> Events.load(node.store().pool(), eventId, campaignId))
        .onSuccess(event -> {
          BoardBus.eventChanged(node.vertx(), eventId);
          Responses.ok(ctx, event);
        })
        .onFailure(ctx::fail);
  }

  /** For the public verification page: the published list, commitment, seed and order, no sign-in. */
  public void publicDraw(RoutingContext ctx) {
    long eventId = Authz.pathLong(ctx, "eventId");
    Responses.reply(ctx, Events.load(node.store().pool(), eventId, null).map(event -> new JsonObject()
        .put("eventId", eventId).put("name", event.getString("name")).put("positionName", event.getString("positionName"))
        .put("draw", event.getJsonObject("draw"))));
  }

  private Future<Void> draw(Tx tx, JsonObject event, JsonObject state, Seed seed, Principal by) {
    long eventId = event.getLong("id");
    if (state.getString("commitment") == null) {
      return Future.failedFuture(Problem.conflict("Publish the seed's commitment before the draw."));
    }
    if (state.getString("seed") != null) {
      return Future.failedFuture(Problem.conflict("The draw has already taken place."));
    }
    if (!seed.commitment().equals(state.getString("commitment"))) {
      return Future.failedFuture(Problem.invalidField("seed", "its SHA-256 is not the published commitment"));
    }
    JsonArray names = event.getJsonObject("draw").getJsonArray("names");
    SpeakingOrderDraw.Draw draw = SpeakingOrderDraw.draw(seed, names.stream().map(String::valueOf).toList());
    List<Long> order = draw.order().stream().map(label -> Long.valueOf(label.substring(0, label.indexOf(' '))))
        .toList();
    return tx.conn().preparedQuery(EventSql.REVEAL_DRAW).execute(Tuple.of(eventId, seed.hex(),
            new JsonArray(draw.order())))
        .compose(x -> tx.conn().preparedQuery(EventSql.SPEAKING_ORDER)
            .execute(Tuple.tuple().addLong(eventId).addValue(order.toArray(Long[]::new))))
        .compose(x -> tx.audit(by.actor(), AuditEvent.of("draw.reveal", "event", eventId, event.getLong("campaignId"),
            new JsonObject().put("seed", seed.hex()).put("order", new JsonArray(draw.order())))))
        .mapEmpty();
  }

  /**
   * The published list: "id name" for each candidate in list order, so the names in a draw are distinct
   * even when two candidates share a name, and anyone can recompute the order from this list alone.
   */
  private static JsonArray names(JsonObject event) {
    JsonArray names = new JsonArray();
    event.getJsonArray("candidates").stream().map(c -> (JsonObject) c)
        .sorted(java.util.Comparator.comparingInt(c -> c.getInteger("listOrder")))
        .forEach(c -> names.add(c.getLong("id") + " " + c.getString("name")));
    return names;
  }

  private static Future<JsonObject> locked(Tx tx, long eventId) {
    return tx.conn().preparedQuery(EventSql.LOCK_EVENT).execute(Tuple.of(eventId)).map(rows -> {
      var row = rows.iterator().next();
      return new JsonObject().put("commitment", row.getString("draw_commitment")).put("seed", row.getString("draw_seed"));
    });
  }

  private static Seed seed(String hex) {
    try {
      return Seed.ofHex(hex);
    } catch (IllegalArgumentException e) {
      throw Problem.invalidField("seed", e.getMessage());
    }
  }
}
