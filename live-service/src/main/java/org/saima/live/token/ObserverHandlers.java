package org.saima.live.token;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.saima.live.event.Events;
import org.saima.live.poll.Polls;
import org.saima.live.tally.Tallies;
import org.saima.shared.auth.ObserverTokens;
import org.saima.shared.auth.ObserverTokens.Observer;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/**
 * Observers' phones: join with a ballot token (scanned or typed) for a narrow observer token, then read
 * the event's state — who is on stage, the timer, the open polls, and counts only once revealed.
 */
public final class ObserverHandlers {
  private final Node node;
  private final ObserverTokens observers;
  private final Tallies tallies;

  public ObserverHandlers(Node node, ObserverTokens observers, Tallies tallies) {
    this.node = node;
    this.observers = observers;
    this.tallies = tallies;
  }

  public void join(RoutingContext ctx) {
    String token = TokenCodes.normalize(Responses.body(ctx).getString("token"));
    if (token == null) {
      throw Problem.invalidField("token", "a ballot token has 16 letters and digits, e.g. K7QM-2XPD-9RTA-H4VB");
    }
    node.store().pool().preparedQuery(TokenSql.FIND).execute(Tuple.of(Buffer.buffer(TokenCodes.hash(token))))
        .onSuccess(rows -> {
          if (rows.size() == 0) {
            ctx.fail(Problem.invalidField("token", "is not a ballot token of any event; check the code"));
            return;
          }
          var row = rows.iterator().next();
          long eventId = row.getLong("event_id");
          long categoryId = row.getLong("category_id");
          Responses.ok(ctx, new JsonObject().put("observerToken", observers.issue(eventId, categoryId))
              .put("expiresIn", observers.ttlSeconds()).put("eventId", eventId).put("eventName", row.getString("event_name"))
              .put("category", new JsonObject().put("id", categoryId).put("name", row.getString("category"))));
        })
        .onFailure(ctx::fail);
  }

  public void state(RoutingContext ctx) {
    Observer observer = Observer.of(ctx);
    Responses.reply(ctx, state(observer.eventId()).map(state -> state.put("categoryId", observer.categoryId())));
  }

  /** The event as phones and boards may see it: counts of unrevealed polls stay hidden. */
  public Future<JsonObject> state(long eventId) {
    return Events.load(node.store().pool(), eventId, null).compose(event -> Polls.ofEvent(node.store().pool(), eventId)
        .compose(polls -> {
          JsonArray ids = new JsonArray(polls.stream().map(p -> ((JsonObject) p).getLong("id")).toList());
          return tallies.latest(ids).map(snapshots -> publicPolls(polls, snapshots));
        })
        .map(polls -> new JsonObject().put("eventId", eventId).put("name", event.getString("name"))
            .put("venue", event.getString("venue")).put("positionName", event.getString("positionName"))
            .put("candidates", event.getJsonArray("candidates")).put("stage", event.getJsonObject("stage"))
            .put("polls", polls)));
  }

  private static JsonArray publicPolls(JsonArray polls, List<JsonObject> snapshots) {
    JsonArray shown = new JsonArray();
    for (int i = 0; i < polls.size(); i++) {
      JsonObject poll = Polls.forPublic(polls.getJsonObject(i));
      JsonObject snapshot = snapshots.get(i);
      if (snapshot != null) {
        poll.put("ballots", snapshot.getLong("ballots"));
        if (poll.getBoolean("revealed")) {
          poll.put("result", snapshot.getJsonObject("result"));
        }
      }
      shown.add(poll);
    }
    return shown;
  }
}
