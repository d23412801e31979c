package org.saima.shared.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.util.function.Consumer;
import org.saima.shared.service.Node;

/** The HTTP server of a service node; the service's route table comes in as {@code routes}. */
public class HttpVerticle extends VerticleBase {
  private final Node node;
  private final Consumer<RouterBuilder> routes;

  public HttpVerticle(Node node, Consumer<RouterBuilder> routes) {
    this.node = node;
    this.routes = routes;
  }

  @Override
  public Future<?> start() {
    HttpServerOptions options = new HttpServerOptions()
        .setCompressionSupported(true)
        .setIdleTimeout(120);
    return ApiRouter.build(node, routes)
        .compose(router -> vertx.createHttpServer(options).requestHandler(router)
            .listen(node.httpPort(), node.config().httpHost()));
  }
}
