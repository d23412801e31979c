package org.saima.shared.service;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.spi.cluster.ClusterManager;
import java.util.concurrent.Callable;
import org.saima.shared.auth.LoginThrottle;
import org.saima.shared.auth.Passwords;
import org.saima.shared.auth.Tokens;
import org.saima.shared.config.SaimaConfig;
import org.saima.shared.db.Store;

/** What the verticles of one running service node share. */
public record Node(
    String service,
    SaimaConfig config,
    Vertx vertx,
    ClusterManager clusterManager,
    Store store,
    Tokens tokens,
    Passwords passwords,
    LoginThrottle loginThrottle,
    PrometheusMeterRegistry metrics) {

  /** Runs slow blocking work (password hashing, Flyway, file parsing) off the event loop. */
  public <T> Future<T> blocking(Callable<T> work) {
    return vertx.executeBlocking(work, false);
  }

  public int httpPort() {
    return config.httpPort(service);
  }
}
