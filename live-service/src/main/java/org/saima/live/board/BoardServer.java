package org.saima.live.board;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.function.Function;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * The big-screen boards' own HTTP server, deployed on a Vert.x instance of its own so that pushing to
 * thousands of boards never runs on the event loops that take ballots in (NOTES.md: fan-out on the
 * intake loops cut intake five-fold). Serves the board page and its assets, and one server-sent-event
 * stream per board: {@code GET /board/stream/{eventId}}.
 */
public final class BoardServer extends VerticleBase {
  private final String host;
  private final int port;
  private final Function<Long, Future<JsonObject>> loader;
  private BoardHub hub;
  private HttpServer server;

  public BoardServer(String host, int port, Function<Long, Future<JsonObject>> loader) {
    this.host = host;
    this.port = port;
    this.loader = loader;
  }

  @Override
  public Future<?> start() {
    hub = new BoardHub(context, loader);
    hub.start();
    Router router = Router.router(vertx);
    router.get("/board/stream/:eventId").handler(this::stream);
    router.get("/webjars/*").handler(StaticHandler.create("META-INF/resources/webjars").setMaxAgeSeconds(3600));
    router.routeWithRegex("^/(board|common)/.*").method(HttpMethod.GET).method(HttpMethod.HEAD)
        .handler(StaticHandler.create("webroot").setIndexPage("index.html").setDefaultContentEncoding("UTF-8"));
    router.get("/").handler(ctx -> ctx.redirect("/board/"));
    return vertx.createHttpServer().requestHandler(router).listen(port, host).onSuccess(s -> server = s);
  }

  public BoardHub hub() {
    return hub;
  }

  public int actualPort() {
    return server.actualPort();
  }

  private void stream(RoutingContext ctx) {
    long eventId;
    try {
      eventId = Long.parseLong(ctx.pathParam("eventId"));
    } catch (NumberFormatException e) {
      ctx.response().setStatusCode(404).end();
      return;
    }
    ctx.response().setChunked(true)
        .putHeader("Content-Type", "text/event-stream; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .putHeader("X-Accel-Buffering", "no");
    ctx.response().write("retry: 2000\n\n");
    hub.connect(eventId, ctx.response());
  }
}
