package org.saima.shared.testing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/** A black-box HTTP client for one node, optionally signed in. */
public final class Api {
  private final WebClient client;
  private final int port;
  private final String token;

  private Api(WebClient client, int port, String token) {
    this.client = client;
    this.port = port;
    this.token = token;
  }

  public static Api to(Vertx vertx, int port) {
    return new Api(WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
        .setDefaultPort(port)), port, null);
  }

  public Api as(String bearerToken) {
    return new Api(client, port, bearerToken);
  }

  public String token() {
    return token;
  }

  public int port() {
    return port;
  }

  /** Signs in and returns a client carrying the token. */
  public Future<Api> login(String username, String password) {
    return post("/api/auth/login", new JsonObject().put("username", username).put("password", password))
        .compose(r -> r.statusCode() == 200 ? Future.succeededFuture(as(r.bodyAsJsonObject().getString("token")))
            : Future.failedFuture("login of " + username + " answered " + r.statusCode() + " " + r.bodyAsString()));
  }

  public Future<Api> loginAdmin() {
    return login(TestNodes.ADMIN, TestNodes.ADMIN_PASSWORD);
  }

  public HttpRequest<Buffer> request(HttpMethod method, String path) {
    HttpRequest<Buffer> request = client.request(method, path);
    if (token != null) {
      request.bearerTokenAuthentication(token);
    }
    return request;
  }

  public Future<HttpResponse<Buffer>> get(String path) {
    return request(HttpMethod.GET, path).send();
  }

  public Future<HttpResponse<Buffer>> post(String path, JsonObject body) {
    return request(HttpMethod.POST, path).sendJsonObject(body);
  }

  public Future<HttpResponse<Buffer>> put(String path, JsonObject body) {
    return request(HttpMethod.PUT, path).sendJsonObject(body);
  }

  /** Sends raw bytes with a content type, as a file upload from the console does. */
  public Future<HttpResponse<Buffer>> send(HttpMethod method, String path, String contentType, Buffer body) {
    return request(method, path).putHeader("Content-Type", contentType).sendBuffer(body);
  }
}
