package org.saima.live.support;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A board's server-sent-event stream read as a test would watch a big screen: every message kept. */
public final class BoardStream {
  public record Message(String type, JsonObject data, long at) {
  }

  private final List<Message> messages = new CopyOnWriteArrayList<>();
  private final StringBuilder pending = new StringBuilder();
  private HttpClient client;

  public static Future<BoardStream> open(Vertx vertx, int boardPort, long eventId) {
    BoardStream stream = new BoardStream();
    stream.client = vertx.createHttpClient();
    return stream.client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(boardPort)
            .setURI("/board/stream/" + eventId))
        .compose(request -> request.send())
        .map(response -> {
          response.handler(chunk -> stream.take(chunk.toString()));
          return stream;
        });
  }

  private synchronized void take(String chunk) {
    pending.append(chunk);
    int end;
    while ((end = pending.indexOf("\n\n")) >= 0) {
      String block = pending.substring(0, end);
      pending.delete(0, end + 2);
      String type = null;
      String data = null;
      for (String line : block.split("\n")) {
        if (line.startsWith("event: ")) {
          type = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data = line.substring(6);
        }
      }
      if (type != null && data != null) {
        messages.add(new Message(type, new JsonObject(data), System.currentTimeMillis()));
      }
    }
  }

  public List<Message> messages() {
    return List.copyOf(messages);
  }

  /** The tally snapshots this board was sent for one poll, in order, from state messages and pushes. */
  public List<JsonObject> tallies(long pollId) {
    return messages.stream().flatMap(m -> "tally".equals(m.type()) ? java.util.stream.Stream.of(m.data())
            : "state".equals(m.type()) ? m.data().getJsonArray("tallies").stream().map(t -> (JsonObject) t)
            : java.util.stream.Stream.empty())
        .filter(t -> t.getLong("pollId") == pollId).toList();
  }

  public JsonObject lastTally(long pollId) {
    List<JsonObject> all = tallies(pollId);
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  public Future<Void> close() {
    return client.close();
  }
}
