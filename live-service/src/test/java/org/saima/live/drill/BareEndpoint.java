package org.saima.live.drill;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;

/** The baseline of the ballot benchmark: a bare Vert.x endpoint answering "OK", one verticle per core. */
final class BareEndpoint extends VerticleBase {
  private final int port;

  BareEndpoint(int port) {
    this.port = port;
  }

  @Override
  public Future<?> start() {
    return vertx.createHttpServer().requestHandler(r -> r.response().end("OK")).listen(port, "127.0.0.1");
  }

  static Future<String> deploy(Vertx vertx, int port) {
    return vertx.deployVerticle(() -> new BareEndpoint(port), new DeploymentOptions()
        .setInstances(Runtime.getRuntime().availableProcessors()));
  }
}
