package org.saima.shared.http;

import io.vertx.ext.web.RoutingContext;

/** Headers every answer carries: no MIME sniffing, no referrer leaks, no caching of API answers. */
final class SecurityHeaders {
  private SecurityHeaders() {
  }

  static void handle(RoutingContext ctx) {
    var headers = ctx.response().headers();
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    if (ctx.request().path().startsWith("/api/")) {
      headers.set("Cache-Control", "no-store");
    }
    ctx.next();
  }
}
