package org.saima.live.board;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.saima.live.tally.Snapshots;

/**
 * The boards connected to this node, by event, and what they were last sent. Runs on the board
 * server's own event loop: {@link #offer} and {@link #reload} may be called from any thread and hop onto
 * it. Tally snapshots are coalesced: at most one push per poll every {@value #PUSH_EVERY_MS} ms, and only
 * a {@link Snapshots#newer newer} snapshot is ever sent, so a board never goes backwards. Counts of a
 * poll that is not revealed are not sent at all, only the number of ballots.
 */
public final class BoardHub {
  static final long PUSH_EVERY_MS = 200;

  private final Context context;
  private final Function<Long, Future<JsonObject>> loader;
  private final Map<Long, Set<HttpServerResponse>> boards = new HashMap<>();
  private final Map<Long, JsonObject> states = new HashMap<>();
  private final Map<Long, JsonObject> snapshots = new HashMap<>();
  private final Set<Long> changed = new LinkedHashSet<>();
  private volatile Map<Long, JsonArray> watched = Map.of();

  BoardHub(Context context, Function<Long, Future<JsonObject>> loader) {
    this.context = context;
    this.loader = loader;
  }

  void start() {
    context.owner().setPeriodic(PUSH_EVERY_MS, id -> pushChanged());
    context.owner().setPeriodic(15_000, id -> boards.values().forEach(set -> set.forEach(r -> r.write(": keep-alive\n\n"))));
  }

  /** Events with boards here and their polls: a copy, published after every change, safe to read anywhere. */
  Map<Long, JsonArray> watched() {
    return watched;
  }

  private void publishWatched() {
    Map<Long, JsonArray> copy = new HashMap<>();
    boards.keySet().forEach(eventId -> {
      JsonObject state = states.get(eventId);
      if (state != null) {
        copy.put(eventId, new JsonArray(state.getJsonArray("polls").stream()
            .map(p -> ((JsonObject) p).getLong("id")).toList()));
      }
    });
    watched = Map.copyOf(copy);
  }

  /** A new board: send it everything now; later changes follow. */
  void connect(long eventId, HttpServerResponse board) {
    boards.computeIfAbsent(eventId, id -> new HashSet<>()).add(board);
    board.closeHandler(x -> disconnect(eventId, board));
    JsonObject state = states.get(eventId);
    if (state != null) {
      send(board, "state", withSnapshots(state).put("stage", rebased(state.getJsonObject("stage"))));
    } else {
      reload(eventId);
    }
  }

  private void disconnect(long eventId, HttpServerResponse board) {
    Set<HttpServerResponse> set = boards.get(eventId);
    if (set != null && set.remove(board) && set.isEmpty()) {
      boards.remove(eventId);
      publishWatched();
    }
  }

  public void reload(long eventId) {
    loader.apply(eventId).onComplete(loaded -> context.runOnContext(x -> {
      if (loaded.succeeded()) {
        states.put(eventId, loaded.result());
        publishWatched();
        broadcast(eventId, "state", withSnapshots(loaded.result()));
      }
    }));
  }

  public void stage(long eventId, JsonObject stage) {
    context.runOnContext(x -> {
      JsonObject state = states.get(eventId);
      if (state != null && stage.getLong("version") > state.getJsonObject("stage").getLong("version")) {
        state.put("stage", stage);
        broadcast(eventId, "stage", stage);
      }
    });
  }

  public void offer(JsonObject snapshot) {
    context.runOnContext(x -> {
      long pollId = snapshot.getLong("pollId");
      if (Snapshots.newer(snapshot, snapshots.get(pollId))) {
        snapshots.put(pollId, snapshot);
        changed.add(pollId);
      }
    });
  }

  private void pushChanged() {
    for (Long pollId : List.copyOf(changed)) {
      JsonObject snapshot = snapshots.get(pollId);
      long eventId = snapshot.getLong("eventId");
      JsonObject state = states.get(eventId);
      if (state != null) {
        broadcast(eventId, "tally", visible(state, snapshot));
      }
    }
    changed.clear();
  }

  private JsonObject withSnapshots(JsonObject state) {
    JsonObject copy = state.copy();
    JsonArray tallies = new JsonArray();
    copy.getJsonArray("polls").forEach(p -> {
      JsonObject snapshot = snapshots.get(((JsonObject) p).getLong("id"));
      if (snapshot != null) {
        tallies.add(visible(state, snapshot));
      }
    });
    return copy.put("tallies", tallies);
  }

  /** The stage as of now: screens count down from the time left at {@code serverTime}. */
  static JsonObject rebased(JsonObject stage) {
    long now = System.currentTimeMillis();
    long left = stage.getLong("remainingMs");
    if (stage.getBoolean("running")) {
      left = Math.max(0, left - (now - stage.getLong("serverTime")));
    }
    return stage.copy().put("remainingMs", left).put("serverTime", now);
  }

  /** The snapshot as a board may show it: the result only once the poll is revealed. */
  static JsonObject visible(JsonObject state, JsonObject snapshot) {
    long pollId = snapshot.getLong("pollId");
    boolean revealed = state.getJsonArray("polls").stream().map(p -> (JsonObject) p)
        .anyMatch(p -> p.getLong("id") == pollId && p.getBoolean("revealed"));
    JsonObject shown = new JsonObject().put("pollId", pollId).put("watermark", snapshot.getLong("watermark"))
        .put("ballots", snapshot.getLong("ballots")).put("final", snapshot.getBoolean("final"));
    return revealed ? shown.put("result", snapshot.getJsonObject("result")) : shown;
  }

  private void broadcast(long eventId, String type, JsonObject data) {
    Set<HttpServerResponse> set = boards.get(eventId);
    if (set == null) {
      return;
    }
    String message = "event: " + type + "\ndata: " + data.encode() + "\n\n";
    set.forEach(board -> board.write(message));
  }

  private static void send(HttpServerResponse board, String type, JsonObject data) {
    board.write("event: " + type + "\ndata: " + data.encode() + "\n\n");
  }
}
