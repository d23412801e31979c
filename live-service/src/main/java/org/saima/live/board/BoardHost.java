package org.saima.live.board;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import java.util.function.Function;
import org.saima.live.tally.Tallies;

/**
 * Runs the board server on a Vert.x instance of its own (one event loop, separate from the service's),
 * and closes it when the node stops. Board state is loaded on this node's own event loops and handed
 * over.
 */
public final class BoardHost extends VerticleBase {
  private final String host;
  private final int port;
  private final Function<Long, Future<JsonObject>> state;
  private final Tallies tallies;
  private Vertx boardVertx;
  private BoardServer server;

  public BoardHost(String host, int port, Function<Long, Future<JsonObject>> state, Tallies tallies) {
    this.host = host;
    this.port = port;
    this.state = state;
    this.tallies = tallies;
  }

  @Override
  public Future<?> start() {
    boardVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    server = new BoardServer(host, port, this::loadOnServiceLoop);
    return boardVertx.deployVerticle(server)
        .compose(id -> vertx.deployVerticle(new BoardFeed(server, tallies)));
  }

  @Override
  public Future<?> stop() {
    return boardVertx.close();
  }

  public int port() {
    return server.actualPort();
  }

  private Future<JsonObject> loadOnServiceLoop(long eventId) {
    Promise<JsonObject> loaded = Promise.promise();
    context.runOnContext(x -> state.apply(eventId).onComplete(loaded));
    return loaded.future();
  }
}
