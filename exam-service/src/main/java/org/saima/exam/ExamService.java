package org.saima.exam;

import io.vertx.core.Future;
import org.saima.shared.http.HttpVerticle;
import org.saima.shared.service.Node;
import org.saima.shared.service.SaimaService;
import org.saima.shared.service.ServiceNode;

/** Item bank, integrity exams, sittings and attempts, and the adaptive leadership test. */
public final class ExamService implements SaimaService {
  @Override
  public String name() {
    return "exam";
  }

  @Override
  public Future<Void> deploy(Node node) {
    return ServiceNode.deploy(node, () -> new HttpVerticle(node, new ExamApi()::routes),
        node.config().httpInstances());
  }
}
