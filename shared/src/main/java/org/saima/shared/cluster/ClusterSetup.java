package org.saima.shared.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.UUID;
import org.saima.shared.config.SaimaConfig;

/**
 * The Hazelcast cluster manager every node joins: TCP-IP join on the configured members (loopback by
 * default), multicast and auto-detection off.
 */
public final class ClusterSetup {
  private ClusterSetup() {
  }

  public static HazelcastClusterManager clusterManager(SaimaConfig config, String service) {
    return new HazelcastClusterManager(hazelcastConfig(config, service));
  }

  public static Config hazelcastConfig(SaimaConfig config, String service) {
    Config hz = ConfigUtil.loadConfig();
    hz.setClusterName(config.clusterName());
    hz.setInstanceName("saima-" + service + "-" + UUID.randomUUID().toString().substring(0, 8));
    hz.setProperty("hazelcast.phone.home.enabled", "false");
    hz.setProperty("hazelcast.wait.seconds.before.join", "0");
    hz.setProperty("hazelcast.logging.type", "slf4j");
    // The node's own shutdown hook closes Vert.x, which leaves the cluster in order.
    hz.setProperty("hazelcast.shutdownhook.enabled", "false");
    hz.getMemberAttributeConfig().setAttribute("service", service);

    NetworkConfig network = hz.getNetworkConfig();
    network.setPort(config.clusterPort()).setPortAutoIncrement(true).setPortCount(100);
    if (!"0.0.0.0".equals(config.clusterHost())) {
      network.getInterfaces().setEnabled(true).addInterface(config.clusterHost());
    }
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(config.clusterMembers());
    return hz;
  }

  public static VertxOptions vertxOptions(SaimaConfig config) {
    return new VertxOptions()
        .setEventBusOptions(new EventBusOptions().setHost(config.clusterHost()).setPort(0));
  }
}
