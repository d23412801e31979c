package org.saima.shared.http;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatorErrorType;
import io.vertx.openapi.validation.ValidatorException;
import io.vertx.pgclient.PgException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an application/problem+json answer: validation with the offending field,
 * 401/403/404/405/409/413/415 with a plain message, anything unexpected as a 500 with one log line and
 * a reference, never a stack trace.
 */
public final class Failures {
  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  private Failures() {
  }

  public static void handle(RoutingContext ctx) {
    Problem problem = toProblem(ctx.failure(), ctx.statusCode());
    if (problem.status() >= 500) {
      String ref = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("{} {} failed [ref {}]", ctx.request().method(), ctx.request().path(), ref, ctx.failure());
      problem = new Problem(500, "internal", "Internal error",
          "The server could not complete the request (reference " + ref + "). Nothing was changed.", null);
    }
    respond(ctx, problem);
  }

  public static void respond(RoutingContext ctx, Problem problem) {
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    ctx.response()
        .setStatusCode(problem.status())
        .putHeader("Content-Type", Problem.CONTENT_TYPE)
        .end(problem.toJson(ctx.request().path()).encode());
  }

  static Problem toProblem(Throwable failure, int status) {
    if (failure instanceof Problem problem) {
      return problem;
    }
    if (failure instanceof HttpException http) {
      // Validation failures arrive as 400 with the validator's exception as cause; an authentication
      // failure's cause (a token that does not decode) must not turn a 401 into a 400.
      Problem fromCause = http.getStatusCode() == 400 && http.getCause() != null ? fromKnownCause(http.getCause())
          : null;
      return fromCause != null ? fromCause : fromStatus(http.getStatusCode());
    }
    Problem known = failure == null ? null : fromKnownCause(failure);
    if (known != null) {
      return known;
    }
    int code = failure instanceof HttpException http ? http.getStatusCode() : status;
    return fromStatus(code < 400 ? 500 : code);
  }

  private static Problem fromKnownCause(Throwable cause) {
    if (cause instanceof Problem problem) {
      return problem;
    }
    if (cause instanceof SchemaValidationException schema) {
      return fromSchema(schema);
    }
    if (cause instanceof ValidatorException validator) {
      return fromValidator(validator);
    }
    if (cause instanceof DecodeException) {
      return Problem.badRequest("The request body is not valid JSON.", null);
    }
    if (cause instanceof PgException pg) {
      return fromDatabase(pg);
    }
    return null;
  }

  private static Problem fromSchema(SchemaValidationException e) {
    JsonArray errors = e.getOutputUnit() == null ? new JsonArray() : SchemaErrors.describe(e.getOutputUnit());
    if (errors.isEmpty()) {
      errors.add(Problem.field("body", e.getMessage()));
    }
    for (Object error : errors) {
      JsonObject field = (JsonObject) error;
      if (field.getString("field").isEmpty()) {
        field.put("field", "body");
      }
    }
    return Problem.badRequest(SchemaErrors.summary(errors), errors);
  }

  private static Problem fromValidator(ValidatorException e) {
    if (e.type() == ValidatorErrorType.UNSUPPORTED_VALUE_FORMAT && e.getMessage().contains("body")) {
      return Problem.unsupportedMediaType("This endpoint accepts application/json.");
    }
    if (e.type() == ValidatorErrorType.ILLEGAL_VALUE && e.getMessage().contains("decoded")) {
      return Problem.badRequest("The request body is not valid JSON.", null);
    }
    if (e.type() == ValidatorErrorType.MISSING_REQUIRED_PARAMETER && e.getMessage().contains("body")) {
      return Problem.badRequest("The request needs a JSON body.", null);
    }
    if (e.type() == ValidatorErrorType.MISSING_OPERATION) {
      return fromStatus(404);
    }
    return Problem.badRequest(e.getMessage(), null);
  }

  private static Problem fromDatabase(PgException e) {
    return switch (String.valueOf(e.getSqlState())) {
      case "23505" -> Constraints.conflict(e.getConstraint());
      case "23503" -> Problem.conflict("This refers to something that does not exist or is still in use.");
      case "23514", "22001", "22P02" -> Problem.badRequest("A value is out of range or badly formed.", null);
      default -> null;
    };
  }

  public static Problem fromStatus(int status) {
    return switch (status) {
      case 400 -> Problem.badRequest("The request is malformed.", null);
      case 401 -> Problem.unauthorized("Sign in first: send a valid, unexpired bearer token.");
      case 403 -> Problem.forbidden("Your role does not allow this.");
      case 404 -> Problem.notFound("There is nothing at this address.");
      case 405 -> new Problem(405, "method-not-allowed", "Method not allowed",
          "This address does not accept this HTTP method.", null);
      case 413 -> new Problem(413, "payload-too-large", "Request too large",
          "The request body is larger than this endpoint accepts.", null);
      case 415 -> Problem.unsupportedMediaType("The request body has a content type this endpoint does not accept.");
      case 429 -> Problem.tooManyRequests("Too many requests; wait a moment and try again.");
      case 503 -> new Problem(503, "unavailable", "Service unavailable", "Try again in a moment.", null);
      default -> new Problem(status, "internal", "Internal error", "The server could not complete the request.",
          null);
    };
  }
}
