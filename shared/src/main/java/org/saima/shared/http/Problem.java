package org.saima.shared.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * An RFC 9457 problem: what went wrong, for people, with the offending fields or file cells listed
 * in {@code errors}. Thrown from handlers, rendered by {@link Failures}.
 */
public class Problem extends RuntimeException {
  public static final String CONTENT_TYPE = "application/problem+json";

  private final int status;
  private final String type;
  private final String title;
  private final JsonArray errors;

  public Problem(int status, String type, String title, String detail, JsonArray errors) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = errors == null ? new JsonArray() : errors;
  }

  public static Problem badRequest(String detail, JsonArray errors) {
    return new Problem(400, "validation", "Invalid request", detail, errors);
  }

  public static Problem invalidField(String field, String message) {
    return badRequest(field + ": " + message, new JsonArray().add(field(field, message)));
  }

  public static Problem unauthorized(String detail) {
    return new Problem(401, "unauthorized", "Not signed in", detail, null);
  }

  public static Problem forbidden(String detail) {
    return new Problem(403, "forbidden", "Not allowed", detail, null);
  }

  public static Problem notFound(String detail) {
    return new Problem(404, "not-found", "Not found", detail, null);
  }

  public static Problem conflict(String detail) {
    return new Problem(409, "conflict", "Conflict", detail, null);
  }

  public static Problem unsupportedMediaType(String detail) {
    return new Problem(415, "unsupported-media-type", "Unsupported content type", detail, null);
  }

  public static Problem tooManyRequests(String detail) {
    return new Problem(429, "too-many-requests", "Too many requests", detail, null);
  }

  public static JsonObject field(String field, String message) {
    return new JsonObject().put("field", field).put("message", message);
  }

  public static JsonObject cell(int row, String column, String message) {
    return new JsonObject().put("row", row).put("column", column).put("message", message);
  }

  public int status() {
    return status;
  }

  public JsonArray errors() {
    return errors;
  }

  public JsonObject toJson(String instance) {
    JsonObject json = new JsonObject()
        .put("type", "https://saima.dev/problems/" + type)
        .put("title", title)
        .put("status", status)
        .put("detail", getMessage());
    if (instance != null) {
      json.put("instance", instance);
    }
    if (!errors.isEmpty()) {
      json.put("errors", errors);
    }
    return json;
  }
}
