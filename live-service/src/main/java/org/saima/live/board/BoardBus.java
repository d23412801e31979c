package org.saima.live.board;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * What boards on every node must hear, published on the clustered event bus: an event's setup or a
 * poll's status changed (boards reload it), the stage changed, or a tally snapshot was taken. A lost
 * message costs freshness, not correctness: boards also catch up from the cluster map every second.
 */
public final class BoardBus {
  public static final String ADDRESS = "live.board";

  private BoardBus() {
  }

  public static void eventChanged(Vertx vertx, long eventId) {
    vertx.eventBus().publish(ADDRESS, new JsonObject().put("type", "event").put("eventId", eventId));
  }

  public static void stageChanged(Vertx vertx, long eventId, JsonObject stage) {
    vertx.eventBus().publish(ADDRESS, new JsonObject().put("type", "stage").put("eventId", eventId)
        .put("stage", stage));
  }

  public static void tally(Vertx vertx, long eventId, JsonObject snapshot) {
    vertx.eventBus().publish(ADDRESS, new JsonObject().put("type", "tally").put("eventId", eventId)
        .put("snapshot", snapshot));
  }
}
