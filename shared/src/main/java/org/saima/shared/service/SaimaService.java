package org.saima.shared.service;

import io.vertx.core.Future;
import java.util.Map;
import org.saima.shared.outbox.FactHandler;

/** One of Saima's services: its name (also its schema) and the verticles it deploys on a node. */
public interface SaimaService {
  /** exam, scoring or live: the HTTP port variable, the schema and the OpenAPI document follow it. */
  String name();

  /** Deploys the service's own verticles once the node is up (HTTP API, consumers, timers). */
  Future<Void> deploy(Node node);

  /** Outbox topics this service consumes, with their handlers; none by default. */
  default Map<String, FactHandler> facts(Node node) {
    return Map.of();
  }
}
