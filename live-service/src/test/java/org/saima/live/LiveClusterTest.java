package org.saima.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saima.live.support.Await.result;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.live.support.BoardStream;
import org.saima.live.support.Demo;
import org.saima.live.support.LiveCluster;
import org.saima.shared.testing.Api;
import org.saima.shared.testing.Eventually;

@DisplayName("Exact tallies on a cluster of three live-service nodes")
class LiveClusterTest {
  private static final int NODES = 3;
  private static final LiveCluster cluster = new LiveCluster();
  private static Vertx vertx;
  private static Api organizer;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    result(cluster.start(NODES));
    organizer = result(Api.to(vertx, cluster.port(0)).loginAdmin());
  }

  @AfterAll
  static void stop() {
    result(cluster.stop());
    result(vertx.close());
  }

  @Test
  @DisplayName("ballots spread over all nodes, the same token sent at once to every node counts once, every node and every board shows the PostgreSQL count, and certification equals it")
  void exactTallies() {
    Demo.Campaign c = Demo.campaign(cluster.db, "2026年临江市公开选拔县级领导干部（集群）");
    JsonObject event = result(Demo.event(organizer, c));
    long eventId = event.getLong("id");
    List<String> tokens = new ArrayList<>();
    tokens.addAll(result(Demo.tokens(organizer, c, eventId, Demo.category(event, 0), 5)));
    tokens.addAll(result(Demo.tokens(organizer, c, eventId, Demo.category(event, 1), 20)));
    tokens.addAll(result(Demo.tokens(organizer, c, eventId, Demo.category(event, 2), 35)));
    long approval = result(Demo.poll(organizer, c, eventId, new JsonObject().put("title", "财政局副局长人选票决")
        .put("kind", "approval").put("seats", 1))).getLong("id");
    long recommendation = result(Demo.poll(organizer, c, eventId, new JsonObject().put("title", "民主推荐")
        .put("kind", "recommendation").put("seats", 1))).getLong("id");
    List<BoardStream> boards = new ArrayList<>();
    for (int n = 0; n < NODES; n++) {
      boards.add(result(BoardStream.open(vertx, cluster.boardPort(n), eventId)));
    }
    result(Demo.step(organizer, c, eventId, approval, "open"));
    result(Demo.step(organizer, c, eventId, recommendation, "open"));
    result(Demo.step(organizer, c, eventId, approval, "reveal"));

    List<Future<HttpResponse<Buffer>>> sent = new ArrayList<>();
    List<List<Future<HttpResponse<Buffer>>>> raced = new ArrayList<>();
    List<Api> phones = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      phones.add(result(Demo.join(Api.to(vertx, cluster.port(i % NODES)), tokens.get(i))));
    }
    for (int i = 0; i < tokens.size(); i++) {
      String[] choices = i % 3 == 0 ? new String[] {"approve", "oppose", "oppose"} : i % 3 == 1
          ? new String[] {"approve", "approve", "abstain"} : new String[] {"oppose", "approve", "oppose"};
      JsonObject ballot = new JsonObject().put("token", tokens.get(i)).put("choices", Demo.approve(c.candidateIds(), choices));
      // The first ten tokens are sent to every node at once; the others to one node each.
      int copies = i < 10 ? NODES : 1;
      List<Future<HttpResponse<Buffer>>> copiesSent = new ArrayList<>();
      for (int copy = 0; copy < copies; copy++) {
        Api onNode = Api.to(vertx, cluster.port((i + copy) % NODES)).as(phones.get(i).token());
        copiesSent.add(onNode.post("/api/polls/" + approval + "/ballots", ballot));
      }
      sent.addAll(copiesSent);
      raced.add(copiesSent);
      sent.add(phones.get(i).post("/api/polls/" + recommendation + "/ballots", new JsonObject().put("token", tokens.get(i))
          .put("choices", Demo.marked(c.candidateIds().get(i % 3)))));
    }
    result(Future.all(sent));

    List<HttpResponse<Buffer>> answers = sent.stream().map(Future::result).toList();
    long counted = answers.stream().filter(r -> r.statusCode() == 201).count();
    long repeats = answers.stream().filter(r -> r.statusCode() == 200 && r.bodyAsJsonObject().getBoolean("alreadyVoted")).count();
    assertEquals(120, counted, "one count per token per poll");
    assertEquals(20, repeats, "ten tokens sent to three nodes at once: one counted, two answered as repeats each");
    for (int i = 0; i < 10; i++) {
      List<String> receipts = raced.get(i).stream().map(f -> f.result().bodyAsJsonObject().getString("receipt")).toList();
      assertEquals(1, receipts.stream().distinct().count(), "every copy gets the one receipt: " + receipts);
    }
    assertEquals(60, cluster.db.queryLong("SELECT count(*) FROM live.ballots WHERE poll_id = " + approval));
    assertEquals(60, cluster.db.queryLong("SELECT count(*) FROM live.ballots WHERE poll_id = " + recommendation));

    for (int n = 0; n < NODES; n++) {
      Api staff = Api.to(vertx, cluster.port(n)).as(organizer.token());
      String path = Demo.eventsPath(c) + "/" + eventId + "/polls/" + approval;
      awaitLive(staff, path, 60);
    }
    JsonObject closed = result(Demo.step(organizer, c, eventId, approval, "close"));
    JsonObject certified = result(Demo.step(organizer, c, eventId, approval, "certify"));
    assertEquals(closed.getJsonObject("live").getJsonObject("result"), certified.getJsonObject("certified").getJsonObject("result"));
    assertEquals(60, certified.getJsonObject("certified").getLong("ballots"));

    for (int n = 0; n < NODES; n++) {
      BoardStream board = boards.get(n);
      int node = n;
      assertDoesNotThrow(() -> Eventually.holds("board on node " + node + " shows the final count", () -> {
        JsonObject last = board.lastTally(approval);
        return last != null && last.getLong("ballots") == 60 && last.getBoolean("final");
      }));
      List<JsonObject> seen = board.tallies(approval);
      for (int i = 1; i < seen.size(); i++) {
        assertTrue(seen.get(i).getLong("watermark") >= seen.get(i - 1).getLong("watermark")
            && seen.get(i).getLong("ballots") >= seen.get(i - 1).getLong("ballots"), "board " + n + " went backwards: " + seen);
      }
      assertEquals(certified.getJsonObject("certified").getJsonObject("result"), board.lastTally(approval).getJsonObject("result"));
      board.close();
    }
  }

  private static void awaitLive(Api staff, String path, long expected) {
    assertDoesNotThrow(() -> Eventually.holds(path + " on port " + staff.port() + " shows " + expected, () -> {
      JsonObject live = result(staff.get(path)).bodyAsJsonObject().getJsonObject("live");
      return live != null && live.getLong("ballots") == expected;
    }));
  }

  private static void assertDoesNotThrow(org.junit.jupiter.api.function.Executable check) {
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(check);
  }
}
