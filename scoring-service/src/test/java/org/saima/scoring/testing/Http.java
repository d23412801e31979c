package org.saima.scoring.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A plain, synchronous HTTP client for black-box tests of a node: what a tablet or a browser sends, and the
 * status, content type and body that come back. Signed in with {@link #login} or not at all.
 */
public final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final int port;
  private final String token;

  private Http(int port, String token) {
    this.port = port;
    this.token = token;
  }

  public static Http to(int port) {
    return new Http(port, null);
  }

  /** An answer: status, content type, and the body as text, JSON object or array. */
  public record Reply(int status, String contentType, byte[] bytes) {
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    public JsonObject json() {
      return new JsonObject(text());
    }

    public JsonArray array() {
      return new JsonArray(text());
    }

    /** The field names of a problem's errors, e.g. ["scores.语言表达"]. */
    public java.util.List<String> errorFields() {
      JsonArray errors = json().getJsonArray("errors", new JsonArray());
      return errors.stream().map(e -> ((JsonObject) e).getString("field")).toList();
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + text();
    }
  }

  public Http login(String username, String password) {
    Reply reply = post("/api/auth/login", new JsonObject().put("username", username).put("password", password));
    if (reply.status() != 200) {
      throw new AssertionError("sign-in of " + username + " failed: " + reply);
    }
    return new Http(port, reply.json().getString("token"));
  }

  public Reply get(String path) {
    return send(builder(path).GET());
  }

  public Reply post(String path, JsonObject body) {
    return send(builder(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.encode())));
  }

  public Reply post(String path) {
    return send(builder(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  public Reply put(String path, JsonObject body) {
    return send(builder(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body.encode())));
  }

  public Reply upload(String path, String contentType, byte[] bytes) {
    return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30));
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
