package org.saima.shared.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.JWTAuthHandler;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.json.schema.JsonSchemaValidationException;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.validation.RequestUtils;
import java.util.function.Consumer;
import org.saima.shared.audit.AuditHandlers;
import org.saima.shared.auth.AuthHandlers;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Roles;
import org.saima.shared.service.Node;

/**
 * Builds a service's router from its OpenAPI contract: requests are validated against it, bearer
 * tokens checked where it asks for them, and the operations every service shares are wired here.
 */
public final class ApiRouter {
  private ApiRouter() {
  }

  public static Future<Router> build(Node node, Consumer<RouterBuilder> serviceRoutes) {
    JsonObject document = Contracts.load("openapi/" + node.service() + ".yaml");
    return OpenAPIContract.from(node.vertx(), Contracts.forValidator(document)).map(contract -> {
      // The body is read once, by BodyLimits; the validator takes it from the routing context.
      RouterBuilder builder = RouterBuilder.create(node.vertx(), contract, (ctx, operation) ->
          RequestUtils.extract(ctx.request(), operation, () -> Future.succeededFuture(ctx.body().buffer())));
      builder.rootHandler(SecurityHeaders::handle);
      builder.rootHandler(new BodyLimits(node.config()));
      builder.security("bearerAuth").httpHandler(JWTAuthHandler.create(node.tokens().provider()));
      sharedRoutes(builder, node);
      serviceRoutes.accept(builder);
      Router router = builder.createRouter();
      PlatformRoutes.mount(router, node, document);
      return router;
    }).recover(e -> Future.failedFuture(new IllegalStateException("openapi/" + node.service() + ".yaml: "
        + e.getMessage() + describe(e.getCause()), e)));
  }

  private static String describe(Throwable cause) {
    if (cause instanceof JsonSchemaValidationException invalid) {
      return " " + invalid.getMessage() + " at " + invalid.location();
    }
    return cause == null ? "" : " " + cause.getMessage();
  }

  private static void sharedRoutes(RouterBuilder builder, Node node) {
    AuthHandlers auth = new AuthHandlers(node);
    AuditHandlers audit = new AuditHandlers(node);
    builder.getRoute("login").addHandler(auth::login);
    builder.getRoute("refreshToken").addHandler(auth::refresh);
    builder.getRoute("me").addHandler(auth::me);
    builder.getRoute("verifyAudit").addHandler(Authz.role(Roles.ORGANIZER)).addHandler(audit::verify);
    builder.getRoute("listAudit").addHandler(Authz.role(Roles.ORGANIZER)).addHandler(audit::list);
  }
}
