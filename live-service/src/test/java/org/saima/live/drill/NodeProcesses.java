package org.saima.live.drill;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** live-service nodes as real operating-system processes, so that one can be killed with SIGKILL. */
final class NodeProcesses {
  record Ports(int http, int board) {
  }

  private final List<Process> processes = new ArrayList<>();
  final List<Ports> ports = new ArrayList<>();

  void start(String jar, int count, Map<String, String> env, File logDir) throws Exception {
    int clusterBase = 27_000;
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < count; i++) {
      members.append(i == 0 ? "" : ",").append("127.0.0.1:").append(clusterBase + i);
    }
    for (int i = 0; i < count; i++) {
      Ports p = new Ports(28_083 + i, 28_183 + i);
      ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m",
          // Drop a silent member in seconds, not the default minute (the OS closes a killed node's sockets).
          "-Dhazelcast.max.no.heartbeat.seconds=6", "-Dhazelcast.heartbeat.interval.seconds=1",
          "-jar", jar);
      builder.environment().putAll(env);
      builder.environment().put("SAIMA_CLUSTER_PORT", String.valueOf(clusterBase));
      builder.environment().put("SAIMA_CLUSTER_MEMBERS", members.toString());
      builder.environment().put("SAIMA_LIVE_PORT", String.valueOf(p.http()));
      builder.environment().put("SAIMA_LIVE_BOARD_PORT", String.valueOf(p.board()));
      builder.redirectErrorStream(true).redirectOutput(new File(logDir, "node-" + i + ".log"));
      processes.add(builder.start());
      ports.add(p);
      awaitReady(p.http());
    }
  }

  private static void awaitReady(int port) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.currentTimeMillis() + 90_000;
    while (System.currentTimeMillis() < deadline) {
      try {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("node on port " + port + " not ready in 90 s");
  }

  /** SIGKILL: no shutdown hook, no goodbye to the cluster, connections cut mid-request. */
  void kill(int node) {
    processes.get(node).destroyForcibly();
  }

  void stopAll() throws InterruptedException {
    for (Process p : processes) {
      p.destroy();
    }
    for (Process p : processes) {
      if (!p.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }
}
