package org.saima.scoring.campaign;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.saima.scoring.ScoringService;
import org.saima.shared.service.Node;
import org.saima.shared.service.ServiceNode;
import org.saima.shared.testing.Api;
import org.saima.shared.testing.TestDatabase;
import org.saima.shared.testing.TestNodes;

/** One real scoring node on its own database, shared by the tests of a class. */
final class ScoringNode {
  final TestDatabase db = TestDatabase.create();
  Node node;

  Future<ScoringNode> start(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(TestNodes.clusterEnv(db));
    env.putAll(extra);
    return TestNodes.start(new ScoringService(), env).map(n -> {
      node = n;
      return this;
    });
  }

  Future<Void> stop() {
    return ServiceNode.stop(node).eventually(() -> {
      db.close();
      return Future.succeededFuture();
    });
  }

  int port() {
    return node.httpPort();
  }

  /** A campaign with one position, created by {@code api}; answers the campaign id and position id. */
  static Future<long[]> campaignWithPosition(Api api, String name, String code) {
    return api.post("/api/campaigns", new JsonObject().put("name", name).put("organizer", "中共临江市委组织部"))
        .compose(c -> {
          long id = c.bodyAsJsonObject().getLong("id");
          return api.post("/api/campaigns/" + id + "/positions", new JsonObject().put("code", code)
                  .put("name", "市财政局副局长").put("unit", "临江市财政局").put("seats", 1))
              .map(p -> new long[] {id, p.bodyAsJsonObject().getLong("id")});
        });
  }
}
