package org.saima.scoring.ranking;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.saima.scoring.ScoringService;
import org.saima.scoring.panel.Panel;
import org.saima.scoring.sheet.PanelSheets;
import org.saima.shared.config.SaimaConfig;
import org.saima.shared.db.Database;
import org.saima.shared.db.Migrations;
import org.saima.shared.service.Node;
import org.saima.shared.service.ServiceNode;
import org.saima.shared.testing.TestDatabase;
import org.saima.shared.testing.TestNodes;

/**
 * Recomputes the ranking of a campaign with 2,000 candidates, 10 stages and 50 examiners (see
 * {@link BenchmarkData}), in a fresh PostgreSQL database that is dropped at the end, and prints a Markdown
 * table: the recomputation in-process and over HTTP, re-aggregating all 40,000 panel sheets, and baselines
 * measured in the same run (a database round trip, loading the same rows without computing, a bare HTTP
 * endpoint). Run: mvn -B -q -pl scoring-service -am -Pbenchmarks test -DskipTests
 */
public final class RankingBenchmark {
  private static final int WARMUP = 10;
  private static final int RUNS = 30;

  private RankingBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    System.out.println("Ranking benchmark, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
        + " cores, Java " + System.getProperty("java.version"));
    try (TestDatabase db = TestDatabase.create()) {
      Map<String, String> env = TestNodes.clusterEnv(db);
      SaimaConfig config = SaimaConfig.fromEnvWith(env);
      Migrations.migrate(config, "core", "scoring");
      long campaign;
      long started = System.nanoTime();
      try (Connection c = db.connect()) {
        campaign = BenchmarkData.create(c);
        System.out.printf("generated in %d ms: %d candidates, %d stages, %d examiners, %d stage results, %d sheets%n",
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
            BenchmarkData.count(c, "SELECT count(*) FROM core.candidates"),
            BenchmarkData.count(c, "SELECT count(*) FROM scoring.stages"),
            BenchmarkData.count(c, "SELECT count(DISTINCT user_id) FROM scoring.panel_examiners"),
            BenchmarkData.count(c, "SELECT count(*) FROM scoring.stage_results"),
            BenchmarkData.count(c, "SELECT count(*) FROM scoring.sheets"));
        c.createStatement().execute("ANALYZE");
      }
      inProcess(config, campaign);
      overHttp(env, campaign);
    }
  }

  private static void inProcess(SaimaConfig config, long campaign) throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      Pool pool = Database.pool(vertx, config);
      CampaignSelection once = await(CampaignSelection.load(vertx, pool, campaign));
      long nominated = once.positions().stream().mapToLong(p -> p.result().nominated().size()).sum();
      System.out.println("selection: " + once.positions().size() + " positions, " + nominated + " nominated, statuses "
          + once.positions().stream().map(p -> p.result().status().name()).distinct().toList());
      header();
      row("baseline: SELECT 1 round trip", () -> await(pool.query("SELECT 1").execute()));
      row("baseline: load the rows only (6 queries)", () -> await(loadRowsOnly(pool, campaign)));
      row("recompute: load + selection of 20 positions", () -> await(CampaignSelection.load(vertx, pool, campaign)));
      row("recompute + JSON of every number", () -> await(CampaignSelection.load(vertx, pool, campaign)
          .map(s -> new RankingJson(s).campaign().encode())));
      row("re-aggregate all 10 panels (40,000 sheets)", () -> await(reaggregate(pool, campaign)));
    } finally {
      await(vertx.close());
    }
  }

  private static void overHttp(Map<String, String> env, long campaign) throws Exception {
    Node node = await(TestNodes.start(new ScoringService(), env));
    try {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + node.httpPort();
      String token = login(client, base);
      System.out.println("ranking answer: " + send(client, base + "/api/campaigns/" + campaign + "/ranking", token)
          + " bytes of JSON");
      row("baseline: GET /health/live over HTTP", () -> send(client, base + "/health/live", null));
      row("GET /api/campaigns/{id}/ranking over HTTP", () -> send(client, base + "/api/campaigns/" + campaign + "/ranking",
          token));
    } finally {
      await(ServiceNode.stop(node));
    }
  }

  private static Future<Integer> loadRowsOnly(Pool pool, long campaign) {
    Tuple id = Tuple.of(campaign);
    List<Future<?>> all = new ArrayList<>();
    for (String sql : List.of(RankingSql.POSITIONS, RankingSql.CANDIDATES, RankingSql.STAGES, RankingSql.RESULTS,
        RankingSql.DECISIONS, "SELECT blind_scoring FROM scoring.campaign_settings WHERE campaign_id = $1")) {
      all.add(pool.preparedQuery(sql).execute(id));
    }
    return Future.all(all).map(x -> all.size());
  }

  private static Future<Integer> reaggregate(Pool pool, long campaign) {
    return pool.preparedQuery("SELECT id FROM scoring.panels WHERE campaign_id = $1").execute(Tuple.of(campaign))
        .compose(rows -> {
          Future<Integer> chain = Future.succeededFuture(0);
          for (var row : rows) {
            long panelId = row.getLong("id");
            chain = chain.compose(n -> Panel.load(pool, campaign, panelId).compose(panel ->
                PanelSheets.load(pool, panelId, null).map(lines -> n + (int) lines.stream()
                    .filter(line -> line.score(panel).isPresent()).count())));
          }
          return chain;
        });
  }

  private static String login(HttpClient client, String base) throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + TestNodes.ADMIN + "\",\"password\":\""
            + TestNodes.ADMIN_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    return new io.vertx.core.json.JsonObject(response.body()).getString("token");
  }

  private static int send(HttpClient client, String url, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    return response.body().length;
  }

  private static void header() {
    System.out.println();
    System.out.println("| what | runs | p50 ms | p90 ms | max ms | mean ms |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
  }

  private static void row(String what, Callable<?> work) throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      work.call();
    }
    double[] ms = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      work.call();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf("| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", what, RUNS, sorted[RUNS / 2],
        sorted[(int) Math.ceil(RUNS * 0.9) - 1], sorted[RUNS - 1], Arrays.stream(ms).average().orElse(0));
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
  }

}
