package org.saima.scoring;

import io.vertx.core.Future;
import java.util.Map;
import org.saima.scoring.campaign.Demo;
import org.saima.scoring.demo.DemoSelection;
import org.saima.scoring.stage.ResultFacts;
import org.saima.shared.outbox.FactHandler;
import org.saima.shared.http.HttpVerticle;
import org.saima.shared.service.Node;
import org.saima.shared.service.SaimaService;
import org.saima.shared.service.ServiceNode;

/** Campaigns, positions and candidates; examiner panels, aggregation, ranking and selection. */
public final class ScoringService implements SaimaService {
  @Override
  public String name() {
    return "scoring";
  }

  @Override
  public Future<Void> deploy(Node node) {
    Future<Void> demo = node.config().demo()
        ? Demo.load(node.store()).compose(x -> DemoSelection.load(node, Demo.NAME))
        : Future.succeededFuture();
    return demo.compose(x -> ServiceNode.deploy(node, () -> new HttpVerticle(node, new ScoringApi(node)::routes),
        node.config().httpInstances()));
  }

  /** Stage results other services publish: exam results, assessment scores, certified polls. */
  @Override
  public Map<String, FactHandler> facts(Node node) {
    return ResultFacts.handlers();
  }
}
