package org.saima.shared.service;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.Console;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.saima.shared.audit.VerifyAuditCommand;
import org.saima.shared.auth.Bootstrap;
import org.saima.shared.auth.NewUser;
import org.saima.shared.auth.Passwords;
import org.saima.shared.config.SaimaConfig;
import org.saima.shared.db.Database;
import org.saima.shared.db.Migrations;
import org.saima.shared.db.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The command line of every service jar: run (default), migrate, verify-audit, create-user. */
public final class ServiceMain {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceMain.class);

  private ServiceMain() {
  }

  public static void run(SaimaService service, String[] args) {
    // On 2 cores the common pool has one thread and Hazelcast's async callbacks crawl there (NOTES.md);
    // this must be set before anything touches the pool.
    if (System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism") == null) {
      System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", "8");
    }
    String command = args.length == 0 ? "run" : args[0];
    SaimaConfig config = SaimaConfig.fromEnv();
    try {
      int exit = switch (command) {
        case "run" -> serve(service, config);
        case "migrate" -> migrate(service, config);
        case "verify-audit" -> verifyAudit(config);
        case "create-user" -> createUser(config, Arrays.copyOfRange(args, 1, args.length));
        default -> usage(service);
      };
      if (exit >= 0) {
        System.exit(exit);
      }
    } catch (RuntimeException e) {
      System.err.println("saima " + service.name() + ": " + e.getMessage());
      System.exit(1);
    }
  }

  private static int serve(SaimaService service, SaimaConfig config) {
    Node node = await(ServiceNode.start(service, config).toCompletionStage().toCompletableFuture());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("{} node stopping", service.name());
      ServiceNode.stop(node).toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS)
          .exceptionally(e -> null).join();
    }, "saima-shutdown"));
    return -1;
  }

  private static int migrate(SaimaService service, SaimaConfig config) {
    Migrations.migrate(config, "core", service.name());
    return 0;
  }

  private static int verifyAudit(SaimaConfig config) {
    try {
      return VerifyAuditCommand.run(config, System.out);
    } catch (Exception e) {
      throw new IllegalStateException("cannot verify the audit trail: " + e.getMessage(), e);
    }
  }

  private static int createUser(SaimaConfig config, String[] args) {
    JsonObject fields = userFields(args);
    fields.put("password", newPassword());
    NewUser user = NewUser.fromJson(fields);
    Migrations.migrate(config, "core");
    Vertx vertx = Vertx.vertx();
    try {
      Store store = new Store(Database.pool(vertx, config), vertx.eventBus(), "cli");
      String hash = new Passwords(config.passwordIterations()).hash(user.password());
      await(Bootstrap.create(store, user, hash).toCompletionStage().toCompletableFuture());
      System.out.println("created " + user.username() + " " + user.roles());
      return 0;
    } finally {
      vertx.close();
    }
  }

  private static JsonObject userFields(String[] args) {
    JsonObject fields = new JsonObject().put("roles", new io.vertx.core.json.JsonArray());
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--username" -> fields.put("username", args[++i]);
        case "--display-name" -> fields.put("displayName", args[++i]);
        case "--role" -> Arrays.stream(args[++i].split(",")).forEach(r -> fields.getJsonArray("roles").add(r));
        case "--all-campaigns" -> fields.put("allCampaigns", true);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; use --username NAME --role organizer|proctor|examiner [--display-name NAME] [--all-campaigns]");
      }
    }
    return fields;
  }

  private static String newPassword() {
    String fromEnv = System.getenv("SAIMA_NEW_PASSWORD");
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv;
    }
    Console console = System.console();
    if (console == null) {
      throw new IllegalArgumentException("no terminal to read a password from: set SAIMA_NEW_PASSWORD");
    }
    String first = new String(console.readPassword("Password: "));
    String second = new String(console.readPassword("Again: "));
    if (!first.equals(second)) {
      throw new IllegalArgumentException("the two passwords differ");
    }
    return first;
  }

  private static int usage(SaimaService service) {
    List<String> lines = new ArrayList<>(List.of(
        "usage: java -jar " + service.name() + "-service.jar [command]",
        "  run            start a node of the " + service.name() + " service (default)",
        "  migrate        apply database migrations and exit",
        "  verify-audit   check the full-process record's hash chain; exit 2 if broken",
        "  create-user    --username NAME --role organizer|proctor|examiner [--display-name NAME] [--all-campaigns]",
        "                 (password from SAIMA_NEW_PASSWORD or typed at the terminal)"));
    lines.forEach(System.out::println);
    return 64;
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(120, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(e);
    }
  }
}
