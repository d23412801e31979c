package org.saima.live.drill;

import static org.saima.live.support.Await.result;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saima.live.support.Demo;
import org.saima.shared.testing.Api;
import org.saima.shared.testing.TestDatabase;
import org.saima.shared.testing.TestNodes;

/**
 * Durable-ballot benchmark, a command: a bare Vert.x endpoint and live-service nodes (separate
 * processes) measured with wrk in the same run. Each ballot request uses a fresh (poll, token) pair and
 * is answered only after its batch committed. Usage (from the repository root, after package):
 * {@code java -cp <test classpath> org.saima.live.drill.BallotBench live-service/target/live-service.jar NODES SECONDS}.
 */
public final class BallotBench {
  private static final int TOKENS = 20_000;
  private static final int POLLS = 5;

  public static void main(String[] args) throws Exception {
    String jar = args.length > 0 ? args[0] : "live-service/target/live-service.jar";
    int nodeCount = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    String seconds = args.length > 2 ? args[2] : "15";
    TestDatabase db = TestDatabase.create();
    File work = Files.createTempDirectory("saima-bench-").toFile();
    NodeProcesses nodes = new NodeProcesses();
    Vertx vertx = Vertx.vertx();
    try {
      int barePort = TestNodes.freePort();
      result(BareEndpoint.deploy(vertx, barePort));
      Map<String, String> env = new HashMap<>(db.env());
      env.put("SAIMA_CLUSTER_NAME", "bench-" + System.nanoTime());
      env.put("SAIMA_HTTP_HOST", "127.0.0.1");
      env.put("SAIMA_ADMIN_PASSWORD", TestNodes.ADMIN_PASSWORD);
      env.put("SAIMA_PASSWORD_ITERATIONS", "20000");
      if (System.getenv("BENCH_NODE_JAVA_OPTIONS") != null) {
        // e.g. -XX:StartFlightRecording=filename=node.jfr to see where a node spends its time
        env.put("JAVA_TOOL_OPTIONS", System.getenv("BENCH_NODE_JAVA_OPTIONS"));
      }
      nodes.start(jar, nodeCount, env, work);
      Map<String, String> bench = setUp(vertx, db, nodes, work);
      System.out.println("== bare endpoint, wrk -t2 -c64 -d" + seconds + "s");
      System.out.println(wrk(List.of("-t2", "-c64", "-d" + seconds + "s", "--latency", "http://127.0.0.1:" + barePort + "/"), Map.of()));
      System.out.println("== durable ballots on " + nodeCount + " node(s), 64 connections in all");
      List<Process> runs = new ArrayList<>();
      for (int i = 0; i < nodeCount; i++) {
        Map<String, String> mine = new HashMap<>(bench);
        mine.put("BENCH_STEP", String.valueOf(2 * nodeCount));
        mine.put("BENCH_OFFSET", String.valueOf(i * 2));
        runs.add(start(List.of("-t2", "-c" + (64 / nodeCount), "-d" + seconds + "s", "--latency", "-s",
            Path.of("live-service/src/test/resources/bench/ballots.lua").toAbsolutePath().toString(),
            "http://127.0.0.1:" + nodes.ports.get(i).http()), mine));
      }
      for (Process run : runs) {
        System.out.println(new String(run.getInputStream().readAllBytes()));
      }
      System.out.println("ballot rows in PostgreSQL: " + db.queryLong("SELECT count(*) FROM live.ballots")
          + ", token uses: " + db.queryLong("SELECT count(*) FROM live.token_uses"));
    } finally {
      nodes.stopAll();
      vertx.close();
      db.close();
    }
  }

  private static Map<String, String> setUp(Vertx vertx, TestDatabase db, NodeProcesses nodes, File work) throws Exception {
    Api organizer = result(Api.to(vertx, nodes.ports.get(0).http()).loginAdmin());
    Demo.Campaign c = Demo.campaign(db, "2026年临江市公开选拔县级领导干部（压力测试）");
    JsonObject event = result(organizer.post(Demo.eventsPath(c), Demo.eventRequest(c).put("categories", new JsonArray()
        .add(new JsonObject().put("name", "网络观众").put("entitled", TOKENS).put("weight", 1))))).bodyAsJsonObject();
    long eventId = event.getLong("id");
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < TOKENS / 500; i++) {
      tokens.addAll(result(Demo.tokens(organizer, c, eventId, Demo.category(event, 0), 500)));
    }
    List<String> polls = new ArrayList<>();
    for (int i = 0; i < POLLS; i++) {
      long pollId = result(Demo.poll(organizer, c, eventId, new JsonObject().put("title", "差额推荐（第" + (i + 1) + "轮）")
          .put("kind", "choose").put("seats", 1))).getLong("id");
      result(Demo.step(organizer, c, eventId, pollId, "open"));
      polls.add(String.valueOf(pollId));
    }
    Path file = new File(work, "tokens.txt").toPath();
    Files.write(file, tokens.stream().map(t -> t.replace("-", "")).toList());
    String observer = result(Demo.join(Api.to(vertx, nodes.ports.get(0).http()), tokens.get(0))).token();
    return Map.of("BENCH_TOKENS", file.toString(), "BENCH_POLLS", String.join(",", polls), "BENCH_OBSERVER", observer,
        "BENCH_CANDIDATE", String.valueOf(c.candidateIds().get(0)));
  }

  private static String wrk(List<String> args, Map<String, String> env) throws Exception {
    Process p = start(args, env);
    return new String(p.getInputStream().readAllBytes());
  }

  private static Process start(List<String> args, Map<String, String> env) throws Exception {
    List<String> command = new ArrayList<>(List.of("wrk"));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    return builder.start();
  }
}
