package org.saima.live.drill;

import static org.saima.live.support.Await.result;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.saima.live.support.Demo;
import org.saima.shared.testing.Api;
import org.saima.shared.testing.TestDatabase;
import org.saima.shared.testing.TestNodes;

/**
 * Board fan-out benchmark, a command: one live-service node (a process), ballots sent for SECONDS
 * without boards, then VIEWERS board streams are opened and ballots sent for SECONDS again. Reports the
 * ballot rate in both phases and, on 200 tracked boards, the delay from a ballot's acknowledgement to
 * the first push showing a count that includes it. Usage:
 * {@code java -cp <test classpath> org.saima.live.drill.FanoutBench live-service/target/live-service.jar 5000 15}.
 */
public final class FanoutBench {
  private static final int TRACKED = 200;
  private static final int SENDERS = 32;

  private record Ack(long at, long count) {
  }

  public static void main(String[] args) throws Exception {
    String jar = args.length > 0 ? args[0] : "live-service/target/live-service.jar";
    int viewers = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    TestDatabase db = TestDatabase.create();
    File work = Files.createTempDirectory("saima-fanout-").toFile();
    NodeProcesses nodes = new NodeProcesses();
    Vertx vertx = Vertx.vertx();
    try {
      Map<String, String> env = new HashMap<>(db.env());
      env.put("SAIMA_CLUSTER_NAME", "fanout-" + System.nanoTime());
      env.put("SAIMA_HTTP_HOST", "127.0.0.1");
      env.put("SAIMA_ADMIN_PASSWORD", TestNodes.ADMIN_PASSWORD);
      env.put("SAIMA_PASSWORD_ITERATIONS", "20000");
      nodes.start(jar, 1, env, work);
      run(vertx, db, nodes, viewers, seconds);
    } finally {
      nodes.stopAll();
      vertx.close();
      db.close();
    }
  }

  private static void run(Vertx vertx, TestDatabase db, NodeProcesses nodes, int viewers, int seconds) throws Exception {
    Api organizer = result(Api.to(vertx, nodes.ports.get(0).http()).loginAdmin());
    Demo.Campaign c = Demo.campaign(db, "2026年临江市公开选拔县级领导干部（大屏压力测试）");
    JsonObject event = result(organizer.post(Demo.eventsPath(c), Demo.eventRequest(c).put("categories", new JsonArray()
        .add(new JsonObject().put("name", "网络观众").put("entitled", 20_000).put("weight", 1))))).bodyAsJsonObject();
    long eventId = event.getLong("id");
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      tokens.addAll(result(Demo.tokens(organizer, c, eventId, Demo.category(event, 0), 500)));
    }
    // One poll per phase, so each phase has all 20,000 tokens to itself.
    long quietPoll = result(Demo.poll(organizer, c, eventId, new JsonObject().put("title", "差额推荐（一）").put("kind", "choose")
        .put("seats", 1))).getLong("id");
    long pollId = result(Demo.poll(organizer, c, eventId, new JsonObject().put("title", "差额推荐（二）").put("kind", "choose")
        .put("seats", 1))).getLong("id");
    result(Demo.step(organizer, c, eventId, quietPoll, "open"));
    result(Demo.step(organizer, c, eventId, pollId, "open"));
    String observer = result(Demo.join(Api.to(vertx, nodes.ports.get(0).http()), tokens.get(0))).token();
    Sender sender = new Sender(vertx, nodes.ports.get(0).http(), observer, c.candidateIds().get(0), tokens);

    double quiet = sender.runFor(quietPoll, seconds);
    System.out.printf("without boards: %.0f ballots/s over %d s%n", quiet, seconds);

    List<List<long[]>> tracked = new ArrayList<>();
    AtomicInteger opened = new AtomicInteger();
    HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(viewers + 10));
    long openStart = System.currentTimeMillis();
    List<Future<Void>> opening = new ArrayList<>();
    for (int i = 0; i < viewers; i++) {
      List<long[]> seen = i < TRACKED ? Collections.synchronizedList(new ArrayList<>()) : null;
      if (seen != null) {
        tracked.add(seen);
      }
      opening.add(open(client, nodes.ports.get(0).board(), eventId, pollId, seen).onSuccess(x -> opened.incrementAndGet()));
    }
    result(Future.join(opening).otherwiseEmpty());
    System.out.printf("%d of %d board streams open in %d ms%n", opened.get(), viewers, System.currentTimeMillis() - openStart);
    Thread.sleep(1000);
    tracked.forEach(List::clear);

    double busy = sender.runFor(pollId, seconds);
    Thread.sleep(1500);
    System.out.printf("with %d boards: %.0f ballots/s (%.2f of the rate without)%n", opened.get(), busy, busy / quiet);
    latency(sender.acks, tracked);
    client.close();
  }

  private static Future<Void> open(HttpClient client, int port, long eventId, long pollId, List<long[]> seen) {
    return client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(port)
            .setURI("/board/stream/" + eventId))
        .compose(r -> r.send())
        .map(response -> {
          StringBuilder pending = new StringBuilder();
          response.handler(chunk -> {
            if (seen == null) {
              return;
            }
            long now = System.currentTimeMillis();
            pending.append(chunk.toString());
            int end;
            while ((end = pending.indexOf("\n\n")) >= 0) {
              String block = pending.substring(0, end);
              pending.delete(0, end + 2);
              int data = block.indexOf("data: ");
              if (block.startsWith("event: tally") && data >= 0) {
                JsonObject tally = new JsonObject(block.substring(data + 6));
                if (tally.getLong("pollId") == pollId) {
                  seen.add(new long[] {now, tally.getLong("ballots")});
                }
              }
            }
          });
          return null;
        });
  }

  /** For every 50th acknowledgement: when did each tracked board first show a count including it. */
  private static void latency(List<Ack> acks, List<List<long[]>> tracked) {
    List<Long> delays = new ArrayList<>();
    List<Ack> sample = new ArrayList<>();
    for (int i = 0; i < acks.size(); i += 50) {
      sample.add(acks.get(i));
    }
    int missing = 0;
    for (List<long[]> board : tracked) {
      List<long[]> pushes = new ArrayList<>(board);
      for (Ack ack : sample) {
        long shown = pushes.stream().filter(p -> p[1] >= ack.count() && p[0] >= ack.at()).mapToLong(p -> p[0]).min()
            .orElse(-1);
        if (shown < 0) {
          missing++;
        } else {
          delays.add(shown - ack.at());
        }
      }
    }
    Collections.sort(delays);
    if (delays.isEmpty()) {
      System.out.println("no acknowledged ballot was seen on a tracked board");
      return;
    }
    System.out.printf("ack-to-board on %d tracked boards, %d samples: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms;"
            + " %d never seen%n", tracked.size(), delays.size(), delays.get(delays.size() / 2),
        delays.get(delays.size() * 9 / 10), delays.get(delays.size() * 99 / 100), delays.get(delays.size() - 1), missing);
  }

  /** Sends ballots with fresh tokens, SENDERS at a time, and keeps (time, running count) of each ack. */
  private static final class Sender {
    final List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
    private final Vertx vertx;
    private final WebClient client;
    private final String observer;
    private long pollId;
    private final long candidate;
    private final List<String> tokens;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong counted = new AtomicLong();

    Sender(Vertx vertx, int port, String observer, long candidate, List<String> tokens) {
      this.vertx = vertx;
      this.client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port),
          new PoolOptions().setHttp1MaxSize(SENDERS));
      this.observer = observer;
      this.candidate = candidate;
      this.tokens = tokens;
    }

    double runFor(long poll, int seconds) {
      pollId = poll;
      acks.clear();
      next.set(0);
      counted.set(0);
      long before = 0;
      long end = System.currentTimeMillis() + seconds * 1000L;
      Promise<Void> done = Promise.promise();
      AtomicInteger running = new AtomicInteger(SENDERS);
      vertx.runOnContext(x -> {
        for (int i = 0; i < SENDERS; i++) {
          loop(end, running, done);
        }
      });
      result(done.future());
      return (counted.get() - before) / (double) seconds;
    }

    private void loop(long end, AtomicInteger running, Promise<Void> done) {
      int index = next.getAndIncrement();
      if (System.currentTimeMillis() >= end || index >= tokens.size()) {
        if (running.decrementAndGet() == 0) {
          done.complete();
        }
        return;
      }
      client.post("/api/polls/" + pollId + "/ballots").bearerTokenAuthentication(observer)
          .sendJsonObject(new JsonObject().put("token", tokens.get(index)).put("choices", Demo.marked(candidate)))
          .onComplete(r -> {
            if (r.succeeded() && r.result().statusCode() == 201) {
              acks.add(new Ack(System.currentTimeMillis(), counted.incrementAndGet()));
            }
            loop(end, running, done);
          });
    }
  }
}
