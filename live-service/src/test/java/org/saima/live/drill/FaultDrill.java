package org.saima.live.drill;

import static org.saima.live.support.Await.result;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.saima.live.support.BoardStream;
import org.saima.live.support.Demo;
import org.saima.shared.testing.Api;
import org.saima.shared.testing.TestDatabase;
import org.saima.shared.testing.TestNodes;

/**
 * The kill -9 drill of issue 6, a command rather than a unit test (it runs three JVMs for a minute):
 * three live-service processes, 2,000 tokens, a burst of one ballot per token in each of 10 polls sent
 * over all nodes, one node killed with SIGKILL in the middle; clients retry a failed send on another
 * node with the same token. Then every poll is closed and certified and the drill checks that every
 * acknowledged receipt is in the ballot box exactly once, that nothing was counted twice, that the
 * certified count equals the acknowledged ballots, and how soon boards on surviving nodes moved again.
 *
 * <p>{@code java -cp <test classpath> org.saima.live.drill.FaultDrill live-service/target/live-service.jar}
 */
public final class FaultDrill {
  private static final int TOKENS = 2000;
  private static final int POLLS = 10;
  private static final int CONCURRENCY = 64;
  private static final int NODES = 3;
  private static final int VICTIM = 2;

  private record Job(long pollId, String token) {
  }

  public static void main(String[] args) throws Exception {
    String jar = args.length > 0 ? args[0] : "live-service/target/live-service.jar";
    TestDatabase db = TestDatabase.create();
    File logs = Files.createTempDirectory("saima-drill-").toFile();
    NodeProcesses nodes = new NodeProcesses();
    Vertx vertx = Vertx.vertx();
    try {
      Map<String, String> env = new HashMap<>(db.env());
      env.put("SAIMA_CLUSTER_NAME", "drill-" + System.nanoTime());
      env.put("SAIMA_HTTP_HOST", "127.0.0.1");
      env.put("SAIMA_ADMIN_PASSWORD", TestNodes.ADMIN_PASSWORD);
      env.put("SAIMA_PASSWORD_ITERATIONS", "20000");
      long started = System.currentTimeMillis();
      nodes.start(jar, NODES, env, logs);
      System.out.printf("3 nodes up in %d ms; logs in %s%n", System.currentTimeMillis() - started, logs);
      run(vertx, db, nodes);
    } finally {
      nodes.stopAll();
      vertx.close();
      db.close();
    }
  }

  private static void run(Vertx vertx, TestDatabase db, NodeProcesses nodes) throws Exception {
    Api organizer = result(Api.to(vertx, nodes.ports.get(0).http()).loginAdmin());
    Demo.Campaign c = Demo.campaign(db, "2026年临江市公开选拔县级领导干部（故障演练）");
    JsonObject event = result(organizer.post(Demo.eventsPath(c), Demo.eventRequest(c).put("categories", new JsonArray()
        .add(new JsonObject().put("name", "基层干部群众").put("entitled", TOKENS).put("weight", 1))))).bodyAsJsonObject();
    long eventId = event.getLong("id");
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < TOKENS / 500; i++) {
      tokens.addAll(result(Demo.tokens(organizer, c, eventId, Demo.category(event, 0), 500)));
    }
    List<Long> polls = new ArrayList<>();
    for (int i = 0; i < POLLS; i++) {
      JsonObject request = i % 2 == 0 ? new JsonObject().put("title", "票决（第" + (i + 1) + "轮）").put("kind", "approval").put("seats", 1)
          : new JsonObject().put("title", "差额推荐（第" + (i + 1) + "轮）").put("kind", "choose").put("seats", 1);
      long pollId = result(Demo.poll(organizer, c, eventId, request)).getLong("id");
      result(Demo.step(organizer, c, eventId, pollId, "open"));
      polls.add(pollId);
    }
    String observer = result(Demo.join(Api.to(vertx, nodes.ports.get(0).http()), tokens.get(0))).token();
    List<BoardStream> boards = List.of(result(BoardStream.open(vertx, nodes.ports.get(0).board(), eventId)),
        result(BoardStream.open(vertx, nodes.ports.get(1).board(), eventId)));

    List<Job> jobs = new ArrayList<>();
    polls.forEach(p -> tokens.forEach(t -> jobs.add(new Job(p, t))));
    Collections.shuffle(jobs, new Random(6));
    Burst burst = new Burst(vertx, nodes, observer, c.candidateIds(), jobs);
    long t0 = System.currentTimeMillis();
    result(burst.run(jobs.size() / 3));
    long t1 = System.currentTimeMillis();
    System.out.printf("burst: %d ballots acknowledged in %d ms (%d retries on another node); node %d killed at ack %d, %d ms in%n",
        burst.acked.size(), t1 - t0, burst.retries.get(), VICTIM, burst.killedAtAck, burst.killedAt - t0);
    check(db, organizer, c, eventId, polls, burst, boards);
  }

  private static void check(TestDatabase db, Api organizer, Demo.Campaign c, long eventId, List<Long> polls, Burst burst,
      List<BoardStream> boards) throws Exception {
    Thread.sleep(2000);
    Map<Long, Long> certified = new HashMap<>();
    for (long pollId : polls) {
      result(Demo.step(organizer, c, eventId, pollId, "close"));
      certified.put(pollId, result(Demo.step(organizer, c, eventId, pollId, "certify")).getJsonObject("certified").getLong("ballots"));
    }
    Set<String> stored = new HashSet<>();
    long rows;
    try (var conn = db.connect(); var s = conn.createStatement(); var rs = s.executeQuery("SELECT receipt FROM live.ballots")) {
      while (rs.next()) {
        stored.add(rs.getString(1));
      }
    }
    rows = db.queryLong("SELECT count(*) FROM live.ballots");
    Set<String> ackedReceipts = new HashSet<>(burst.acked.values());
    long missing = ackedReceipts.stream().filter(r -> !stored.contains(r)).count();
    long unacknowledged = stored.stream().filter(r -> !ackedReceipts.contains(r)).count();
    long uses = db.queryLong("SELECT count(*) FROM live.token_uses");
    System.out.printf("ballot rows %d, distinct receipts %d, token uses %d, acknowledged (poll, token) %d, acknowledged receipts"
        + " missing from the box %d, rows nobody was acknowledged for %d%n", rows, stored.size(), uses, burst.acked.size(),
        missing, unacknowledged);
    boolean ok = missing == 0 && rows == stored.size() && rows == uses && rows == burst.acked.size();
    for (long pollId : polls) {
      long acked = burst.acked.keySet().stream().filter(j -> j.pollId() == pollId).count();
      long inDb = db.queryLong("SELECT count(*) FROM live.ballots WHERE poll_id = " + pollId);
      ok &= acked == inDb && certified.get(pollId) == inDb;
      System.out.printf("poll %d: acknowledged %d, in PostgreSQL %d, certified %d%n", pollId, acked, inDb, certified.get(pollId));
    }
    for (int b = 0; b < boards.size(); b++) {
      BoardStream board = boards.get(b);
      List<BoardStream.Message> after = board.messages().stream().filter(m -> "tally".equals(m.type())).toList();
      long firstAfterKill = after.stream().mapToLong(BoardStream.Message::at).filter(t -> t > burst.killedAt).findFirst()
          .orElse(-1L);
      long last = polls.stream().mapToLong(p -> board.lastTally(p) == null ? -1 : board.lastTally(p).getLong("ballots")).sum();
      System.out.printf("board on node %d: %d tally pushes; first push %d ms after the kill; final ballots shown %d of %d%n", b,
          after.size(), firstAfterKill < 0 ? -1 : firstAfterKill - burst.killedAt, last, rows);
      ok &= last == rows;
    }
    System.out.println(ok ? "DRILL PASSED" : "DRILL FAILED");
  }

  /** Sends the jobs with bounded concurrency, retrying a failed send on the next node. */
  private static final class Burst {
    final Map<Job, String> acked = new ConcurrentHashMap<>();
    final AtomicInteger retries = new AtomicInteger();
    volatile long killedAt = Long.MAX_VALUE;
    volatile int killedAtAck = -1;
    private final Vertx vertx;
    private final NodeProcesses nodes;
    private final List<WebClient> clients = new ArrayList<>();
    private final String observer;
    private final List<Long> candidates;
    private final List<Job> jobs;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong done = new AtomicLong();

    Burst(Vertx vertx, NodeProcesses nodes, String observer, List<Long> candidates, List<Job> jobs) {
      this.vertx = vertx;
      this.nodes = nodes;
      this.observer = observer;
      this.candidates = candidates;
      this.jobs = jobs;
      nodes.ports.forEach(p -> clients.add(WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
          .setDefaultPort(p.http()).setConnectTimeout(2000).setIdleTimeout(10),
          new io.vertx.core.http.PoolOptions().setHttp1MaxSize(CONCURRENCY))));
    }

    Future<Void> run(int killAfter) {
      Promise<Void> finished = Promise.promise();
      vertx.runOnContext(x -> {
        for (int i = 0; i < CONCURRENCY; i++) {
          nextJob(killAfter, finished);
        }
      });
      return finished.future();
    }

    private void nextJob(int killAfter, Promise<Void> finished) {
      int index = next.getAndIncrement();
      if (index >= jobs.size()) {
        if (done.get() == jobs.size()) {
          finished.tryComplete();
        }
        return;
      }
      Job job = jobs.get(index);
      send(job, index % NODES, 0).onComplete(r -> {
        if (r.succeeded()) {
          acked.put(job, r.result());
          if (acked.size() == killAfter) {
            killedAtAck = killAfter;
            killedAt = System.currentTimeMillis();
            nodes.kill(VICTIM);
          }
        }
        if (done.incrementAndGet() == jobs.size()) {
          finished.tryComplete();
        }
        nextJob(killAfter, finished);
      });
    }

    private Future<String> send(Job job, int node, int attempt) {
      if (node == VICTIM && System.currentTimeMillis() >= killedAt) {
        node = (node + 1) % NODES;
      }
      JsonObject choices = job.pollId() % 2 == 1
          ? Demo.approve(candidates, attempt % 2 == 0 ? "approve" : "oppose", "oppose", "abstain")
          : Demo.marked(candidates.get(job.token().charAt(0) % 3));
      int target = node;
      return clients.get(node).post("/api/polls/" + job.pollId() + "/ballots").bearerTokenAuthentication(observer)
          .idleTimeout(10_000).sendJsonObject(new JsonObject().put("token", job.token()).put("choices", choices))
          .compose(r -> r.statusCode() == 201 || r.statusCode() == 200
              ? Future.succeededFuture(r.bodyAsJsonObject().getString("receipt"))
              : Future.<String>failedFuture("HTTP " + r.statusCode() + " " + r.bodyAsString()))
          .recover(e -> {
            if (attempt >= 6) {
              System.out.println("gave up on " + job + ": " + e.getMessage());
              return Future.failedFuture(e);
            }
            retries.incrementAndGet();
            return send(job, (target + 1) % NODES, attempt + 1);
          });
    }
  }
}
