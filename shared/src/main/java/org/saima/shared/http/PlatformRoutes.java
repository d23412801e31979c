package org.saima.shared.http;

import io.vertx.core.Promise;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import org.saima.shared.service.Node;

/**
 * What every service serves besides its API: health, metrics, the contract and its browsable docs, and
 * the pages (the service's own and the common assets), plus problem+json for every failure.
 */
public final class PlatformRoutes {
  private PlatformRoutes() {
  }

  public static void mount(Router router, Node node, JsonObject contract) {
    String yaml = Contracts.toYaml(contract);
    router.get("/health/live").handler(HealthCheckHandler.createWithHealthChecks(liveness(node)));
    router.get("/health/ready").handler(HealthCheckHandler.createWithHealthChecks(readiness(node)));
    router.get("/metrics").handler(PrometheusScrapingHandler.create(node.metrics()));
    router.get("/openapi.yaml").handler(ctx -> ctx.response()
        .putHeader("Content-Type", "application/yaml; charset=utf-8").end(yaml));
    // A route path matches with or without its trailing slash: redirect only the bare one.
    router.get("/docs").handler(ctx -> {
      if (ctx.request().path().equals("/docs")) {
        ctx.redirect("/docs/");
      } else {
        ctx.next();
      }
    });
    String landing = landingPage(node.service());
    router.get("/").handler(ctx -> ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(landing));
    router.get("/webjars/*").handler(StaticHandler.create("META-INF/resources/webjars"));
    router.routeWithRegex("^/(?!api/).*").method(HttpMethod.GET).method(HttpMethod.HEAD)
        .handler(StaticHandler.create("webroot")
        .setIndexPage("index.html").setDefaultContentEncoding("UTF-8").setMaxAgeSeconds(60));
    router.route().failureHandler(Failures::handle);
    for (int status : new int[] {400, 401, 403, 404, 405, 413, 415, 429, 500}) {
      router.errorHandler(status, ctx -> Failures.respond(ctx, Failures.toProblem(ctx.failure(), status)));
    }
  }

  private static String landingPage(String service) {
    try (var in = PlatformRoutes.class.getClassLoader().getResourceAsStream("webroot/common/landing.html")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("{{service}}", service);
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("webroot/common/landing.html is missing from the classpath", e);
    }
  }

  private static HealthChecks liveness(Node node) {
    return HealthChecks.create(node.vertx())
        .register("event-loop", 1000, promise -> promise.complete(Status.OK()));
  }

  private static HealthChecks readiness(Node node) {
    return HealthChecks.create(node.vertx())
        .register("database", 2000, promise -> database(node, promise))
        .register("cluster", 2000, promise -> cluster(node, promise));
  }

  private static void database(Node node, Promise<Status> promise) {
    node.store().pool().query("SELECT 1").execute()
        .onSuccess(rows -> promise.complete(Status.OK()))
        .onFailure(e -> promise.complete(Status.KO(new JsonObject().put("error", e.getMessage()))));
  }

  private static void cluster(Node node, Promise<Status> promise) {
    var cm = node.clusterManager();
    boolean joined = cm != null && cm.isActive() && cm.getNodes().contains(cm.getNodeId());
    JsonObject data = new JsonObject()
        .put("service", node.service())
        .put("nodeId", cm == null ? null : cm.getNodeId())
        .put("members", cm == null ? 0 : cm.getNodes().size());
    promise.complete(joined ? Status.OK(data) : Status.KO(data));
  }
}
