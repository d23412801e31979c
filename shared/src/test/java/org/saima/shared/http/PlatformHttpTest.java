package org.saima.shared.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saima.shared.auth.Bootstrap;
import org.saima.shared.auth.NewUser;
import org.saima.shared.auth.Roles;
import org.saima.shared.service.Node;
import org.saima.shared.service.ServiceNode;
import org.saima.shared.testing.Api;
import org.saima.shared.testing.ProbeService;
import org.saima.shared.testing.TestDatabase;
import org.saima.shared.testing.TestNodes;

@ExtendWith(VertxExtension.class)
@DisplayName("What every service answers, good input and bad")
class PlatformHttpTest {
  private static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256";
  private static TestDatabase db;
  private static Node node;

  @BeforeAll
  static void start(VertxTestContext ctx) {
    db = TestDatabase.create();
    Map<String, String> env = new HashMap<>(TestNodes.clusterEnv(db));
    env.put("SAIMA_JWT_SECRET", SECRET);
    env.put("SAIMA_BODY_LIMIT_KB", "16");
    TestNodes.start(new ProbeService(), env)
        .compose(n -> {
          node = n;
          NewUser examiner = new NewUser("examiner.li", "李考官", "examiner-pass-2026", List.of(Roles.EXAMINER),
              false, List.of());
          return Bootstrap.create(n.store(), examiner, n.passwords().hash(examiner.password()));
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    ServiceNode.stop(node).onComplete(x -> {
      db.close();
      ctx.completeNow();
    });
  }

  private static Api api(Vertx vertx) {
    return Api.to(vertx, node.httpPort());
  }

  private static void assertProblem(HttpResponse<Buffer> response, int status) {
    assertEquals(status, response.statusCode(), response.bodyAsString());
    assertEquals("application/problem+json", response.getHeader("Content-Type"));
    JsonObject problem = response.bodyAsJsonObject();
    assertEquals(status, problem.getInteger("status"));
    assertTrue(problem.getString("detail").length() > 10, problem.encode());
    assertTrue(!response.bodyAsString().contains("at org.") && !response.bodyAsString().contains("Exception"),
        "no stack trace or exception names: " + response.bodyAsString());
  }

  private static JsonArray fields(HttpResponse<Buffer> response) {
    return response.bodyAsJsonObject().getJsonArray("errors", new JsonArray());
  }

  private String mint(Vertx vertx, JsonObject claims, JWTOptions options) {
    JWTAuth auth = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(SECRET)));
    return auth.generateToken(claims, options);
  }

  @Test
  @DisplayName("an organizer signs in and the token says who they are")
  void signIn(Vertx vertx, VertxTestContext ctx) {
    api(vertx).loginAdmin().compose(a -> a.get("/api/auth/me")).onComplete(ctx.succeeding(me -> ctx.verify(() -> {
      assertEquals(200, me.statusCode());
      assertEquals(new JsonArray().add("organizer"), me.bodyAsJsonObject().getJsonArray("roles"));
      assertEquals(true, me.bodyAsJsonObject().getBoolean("allCampaigns"));
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("a wrong password and an unknown user get the same 401")
  void wrongCredentials(Vertx vertx, VertxTestContext ctx) {
    Future.all(api(vertx).post("/api/auth/login", new JsonObject().put("username", "admin").put("password", "nope")),
            api(vertx).post("/api/auth/login", new JsonObject().put("username", "ghost").put("password", "nope")))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          HttpResponse<Buffer> wrong = all.resultAt(0);
          HttpResponse<Buffer> unknown = all.resultAt(1);
          assertProblem(wrong, 401);
          assertProblem(unknown, 401);
          assertEquals(wrong.bodyAsJsonObject().getString("detail"), unknown.bodyAsJsonObject().getString("detail"));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("malformed JSON, a missing field, a wrong type and an unknown field are 400 naming the field")
  void badBodies(Vertx vertx, VertxTestContext ctx) {
    Api api = api(vertx);
    Future.all(List.of(
            api.send(HttpMethod.POST, "/api/auth/login", "application/json", Buffer.buffer("{\"username\": ")),
            api.post("/api/auth/login", new JsonObject().put("username", "admin")),
            api.post("/api/auth/login", new JsonObject().put("username", 42).put("password", "x")),
            api.post("/api/auth/login", new JsonObject().put("username", "a").put("password", "b").put("role", "x"))))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          HttpResponse<Buffer> malformed = all.resultAt(0);
          assertProblem(malformed, 400);
          assertTrue(malformed.bodyAsJsonObject().getString("detail").contains("not valid JSON"));
          assertProblem(all.resultAt(1), 400);
          assertEquals("password", fields(all.resultAt(1)).getJsonObject(0).getString("field"));
          assertEquals("is required", fields(all.resultAt(1)).getJsonObject(0).getString("message"));
          assertProblem(all.resultAt(2), 400);
          assertEquals("username", fields(all.resultAt(2)).getJsonObject(0).getString("field"));
          assertProblem(all.resultAt(3), 400);
          assertEquals("role", fields(all.resultAt(3)).getJsonObject(0).getString("field"));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a body over the limit is 413 and the wrong content type is 415")
  void sizeAndType(Vertx vertx, VertxTestContext ctx) {
    String big = "x".repeat(20 * 1024);
    Future.all(api(vertx).post("/api/auth/login", new JsonObject().put("username", big).put("password", "x")),
            api(vertx).send(HttpMethod.POST, "/api/auth/login", "text/plain", Buffer.buffer("admin:secret")))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          assertProblem(all.resultAt(0), 413);
          assertProblem(all.resultAt(1), 415);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("no token, a forged token, an expired token and a token for another audience are all 401")
  void badTokens(Vertx vertx, VertxTestContext ctx) {
    JsonObject claims = new JsonObject().put("uid", 1).put("roles", new JsonArray().add("organizer"))
        .put("allCampaigns", true);
    long past = System.currentTimeMillis() / 1000 - 3600;
    String expired = mint(vertx, claims.copy().put("exp", past).put("iat", past - 60),
        new JWTOptions().setIssuer("saima").addAudience("saima-staff").setSubject("admin"));
    String otherAudience = mint(vertx, claims, new JWTOptions().setIssuer("saima").addAudience("saima-observer")
        .setSubject("admin").setExpiresInMinutes(5));
    String forged = JWTAuth.create(vertx, new JWTAuthOptions().addPubSecKey(new PubSecKeyOptions()
            .setAlgorithm("HS256").setBuffer("someone-elses-secret-someone-elses-secret")))
        .generateToken(claims, new JWTOptions().setIssuer("saima").addAudience("saima-staff").setSubject("admin"));
    Future.all(List.of(api(vertx).get("/api/audit/verify"), api(vertx).as("not.a.jwt").get("/api/audit/verify"),
            api(vertx).as(forged).get("/api/audit/verify"), api(vertx).as(expired).get("/api/audit/verify"),
            api(vertx).as(otherAudience).get("/api/audit/verify")))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          for (int i = 0; i < 5; i++) {
            assertProblem(all.resultAt(i), 401);
          }
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("an examiner may not verify the audit trail; an organizer may")
  void auditVerifyNeedsOrganizer(Vertx vertx, VertxTestContext ctx) {
    Future.all(api(vertx).login("examiner.li", "examiner-pass-2026").compose(a -> a.get("/api/audit/verify")),
            api(vertx).loginAdmin().compose(a -> a.get("/api/audit/verify")))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          assertProblem(all.resultAt(0), 403);
          HttpResponse<Buffer> verified = all.resultAt(1);
          assertEquals(200, verified.statusCode());
          assertEquals(true, verified.bodyAsJsonObject().getBoolean("intact"));
          assertTrue(verified.bodyAsJsonObject().getLong("verifiedEntries") >= 2);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("an unknown address is 404 and a wrong method 405, both as problems")
  void unknownRoutes(Vertx vertx, VertxTestContext ctx) {
    Future.all(api(vertx).get("/api/nothing-here"),
            api(vertx).request(HttpMethod.DELETE, "/api/auth/login").send())
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          assertProblem(all.resultAt(0), 404);
          assertProblem(all.resultAt(1), 405);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("health, metrics, the contract and its docs are served")
  void operationalEndpoints(Vertx vertx, VertxTestContext ctx) {
    Api api = api(vertx);
    Future.all(List.of(api.get("/health/live"), api.get("/health/ready"), api.get("/metrics"),
            api.get("/openapi.yaml"), api.get("/docs/"), api.request(HttpMethod.HEAD, "/docs/").send()))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          HttpResponse<Buffer> live = all.resultAt(0);
          assertEquals(200, live.statusCode());
          HttpResponse<Buffer> ready = all.resultAt(1);
          assertEquals("UP", ready.bodyAsJsonObject().getString("status"));
          HttpResponse<Buffer> metrics = all.resultAt(2);
          assertTrue(metrics.bodyAsString().contains("vertx_http_server_requests_total"), metrics.bodyAsString());
          HttpResponse<Buffer> contract = all.resultAt(3);
          assertTrue(contract.bodyAsString().contains("/api/auth/login:"), contract.bodyAsString());
          assertTrue(contract.bodyAsString().contains("application/problem+json"), "published contract keeps problem+json");
          HttpResponse<Buffer> docs = all.resultAt(4);
          assertEquals(200, docs.statusCode());
          assertTrue(docs.bodyAsString().contains("swagger"), docs.bodyAsString());
          assertEquals(200, all.<HttpResponse<Buffer>>resultAt(5).statusCode());
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("after repeated wrong passwords a user name is refused for a while with 429")
  void throttle(Vertx vertx, VertxTestContext ctx) {
    Future<HttpResponse<Buffer>> chain = Future.succeededFuture();
    for (int i = 0; i < 9; i++) {
      chain = chain.compose(x -> api(vertx).post("/api/auth/login",
          new JsonObject().put("username", "examiner.wang").put("password", "guess")));
    }
    chain.onComplete(ctx.succeeding(last -> ctx.verify(() -> {
      assertProblem(last, 429);
      assertEquals("900", last.getHeader("Retry-After"));
      ctx.completeNow();
    })));
  }
}
