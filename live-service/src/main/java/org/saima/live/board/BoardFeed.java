package org.saima.live.board;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;
import org.saima.live.tally.Tallies;

/**
 * Feeds this node's boards from the cluster: what {@link BoardBus} publishes, and once a second the
 * snapshots in the cluster map for every poll a board here is showing, so that a lost message or a
 * node that died mid-publish delays a board by a second at most.
 */
public final class BoardFeed extends VerticleBase {
  private static final long CATCH_UP_MS = 1000;

  private final BoardServer board;
  private final Tallies tallies;

  public BoardFeed(BoardServer board, Tallies tallies) {
    this.board = board;
    this.tallies = tallies;
  }

  @Override
  public Future<?> start() {
    vertx.setPeriodic(CATCH_UP_MS, id -> catchUp());
    return vertx.eventBus().<JsonObject>consumer(BoardBus.ADDRESS, message -> {
      JsonObject body = message.body();
      long eventId = body.getLong("eventId");
      switch (body.getString("type")) {
        case "stage" -> board.hub().stage(eventId, body.getJsonObject("stage"));
        case "tally" -> board.hub().offer(body.getJsonObject("snapshot"));
        default -> board.hub().reload(eventId);
      }
    }).completion();
  }

  private void catchUp() {
    // The hub's maps belong to the board loop; asking it for ids from here reads a copy it publishes.
    board.hub().watched().forEach((eventId, pollIds) -> tallies.latest(pollIds).onSuccess(snapshots ->
        snapshots.stream().filter(s -> s != null).forEach(board.hub()::offer)));
  }
}
