package org.saima.shared.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.saima.shared.config.SaimaConfig;

/** Reads request bodies up to a limit: small for JSON, larger for file imports ({@code .../import}). */
public final class BodyLimits implements Handler<RoutingContext> {
  private final BodyHandler json;
  private final BodyHandler upload;

  public BodyLimits(SaimaConfig config) {
    this.json = BodyHandler.create(false).setBodyLimit(config.bodyLimitBytes());
    this.upload = BodyHandler.create(false).setBodyLimit(config.uploadLimitBytes());
  }

  @Override
  public void handle(RoutingContext ctx) {
    String path = ctx.request().path();
    if (path.endsWith("/import") || path.endsWith("/import/")) {
      upload.handle(ctx);
    } else {
      json.handle(ctx);
    }
  }
}
