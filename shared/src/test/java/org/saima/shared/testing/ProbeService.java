package org.saima.shared.testing;

import io.vertx.core.Future;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import org.saima.shared.http.HttpVerticle;
import org.saima.shared.outbox.FactHandler;
import org.saima.shared.service.Node;
import org.saima.shared.service.SaimaService;
import org.saima.shared.service.ServiceNode;

/**
 * A service with only the platform in it (sign-in, audit, health, docs), used to test the platform
 * without any real service. It consumes the outbox topic {@code probe.fact} into {@code probe.received}.
 */
public final class ProbeService implements SaimaService {
  public static final String TOPIC = "probe.fact";

  @Override
  public String name() {
    return "probe";
  }

  @Override
  public Future<Void> deploy(Node node) {
    return ServiceNode.deploy(node, () -> new HttpVerticle(node, api -> { }), 1);
  }

  @Override
  public Map<String, FactHandler> facts(Node node) {
    FactHandler record = (conn, fact) -> conn.preparedQuery(
            "INSERT INTO probe.received (fact_id, topic, node) VALUES ($1, $2, $3)")
        .execute(Tuple.of(fact.id(), fact.topic(), node.clusterManager().getNodeId())).mapEmpty();
    return Map.of(TOPIC, record);
  }
}
