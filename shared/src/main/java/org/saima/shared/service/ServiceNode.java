package org.saima.shared.service;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.saima.shared.auth.Bootstrap;
import org.saima.shared.auth.LoginThrottle;
import org.saima.shared.auth.Passwords;
import org.saima.shared.auth.Tokens;
import org.saima.shared.cluster.ClusterSetup;
import org.saima.shared.config.SaimaConfig;
import org.saima.shared.db.Database;
import org.saima.shared.db.Migrations;
import org.saima.shared.db.Store;
import org.saima.shared.outbox.OutboxConsumerVerticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one node of a service: joins the cluster, migrates {@code core} and the service's schema, opens
 * the pool, makes sure the token secret and first organizer exist, then deploys the service.
 */
public final class ServiceNode {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceNode.class);

  private ServiceNode() {
  }

  public static Future<Node> start(SaimaService service, SaimaConfig config) {
    long startedAt = System.nanoTime();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    HazelcastClusterManager clusterManager = ClusterSetup.clusterManager(config, service.name());
    AtomicReference<Vertx> started = new AtomicReference<>();
    return Vertx.builder()
        .with(ClusterSetup.vertxOptions(config)
            .setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true)))
        .withMetrics(new MicrometerMetricsFactory(registry))
        .withClusterManager(clusterManager)
        .buildClustered()
        .onSuccess(started::set)
        .compose(vertx -> vertx.executeBlocking(() -> {
          Migrations.migrate(config, "core", service.name());
          return vertx;
        }))
        .compose(vertx -> assemble(service, config, vertx, clusterManager, registry))
        .onSuccess(node -> LOG.info("{} node up on port {} in {} ms; cluster has {} members", service.name(),
            node.httpPort(), Duration.ofNanos(System.nanoTime() - startedAt).toMillis(),
            clusterManager.getNodes().size()))
        .onFailure(e -> {
          // Listeners attached earlier (this one) run before the caller's, which still get the cause.
          if (started.get() != null) {
            started.get().close();
          }
        });
  }

  private static Future<Node> assemble(SaimaService service, SaimaConfig config, Vertx vertx,
      HazelcastClusterManager clusterManager, PrometheusMeterRegistry registry) {
    var pool = Database.pool(vertx, config);
    Store store = new Store(pool, vertx.eventBus(), service.name());
    Passwords passwords = new Passwords(config.passwordIterations());
    return Bootstrap.tokenSecret(pool, config)
        .map(secret -> new Node(service.name(), config, vertx, clusterManager, store,
            Tokens.create(vertx, config, secret), passwords, new LoginThrottle(8, Duration.ofMinutes(15)),
            registry))
        .compose(node -> Bootstrap.firstOrganizer(node).map(node))
        .compose(node -> deployConsumer(service, node).map(node))
        .compose(node -> service.deploy(node).map(node));
  }

  private static Future<Void> deployConsumer(SaimaService service, Node node) {
    var handlers = service.facts(node);
    if (handlers.isEmpty()) {
      return Future.succeededFuture();
    }
    return node.vertx().deployVerticle(
        new OutboxConsumerVerticle(node.store().pool(), service.name(), handlers, 5_000),
        new DeploymentOptions()).mapEmpty();
  }

  /** Deploys {@code instances} copies of a verticle, e.g. the HTTP API once per core. */
  public static Future<Void> deploy(Node node, java.util.function.Supplier<io.vertx.core.Deployable> verticle,
      int instances) {
    return node.vertx().deployVerticle(verticle, new DeploymentOptions().setInstances(instances)).mapEmpty();
  }

  public static Future<Void> stop(Node node) {
    return node.vertx().close();
  }
}
