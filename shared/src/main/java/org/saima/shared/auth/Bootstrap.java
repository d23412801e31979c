package org.saima.shared.auth;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.saima.shared.audit.Actor;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.config.ConfigException;
import org.saima.shared.config.SaimaConfig;
import org.saima.shared.db.Store;
import org.saima.shared.service.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Start-up facts every node needs: the token secret all nodes share, and a first organizer. */
public final class Bootstrap {
  private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);
  private static final String SECRET_INSERT =
      "INSERT INTO core.settings (key, value) VALUES ('jwt.secret', $1) ON CONFLICT (key) DO NOTHING";
  private static final String SECRET_SELECT = "SELECT value FROM core.settings WHERE key = 'jwt.secret'";

  private Bootstrap() {
  }

  /**
   * SAIMA_JWT_SECRET when set; otherwise a random secret the first node stores in the database and
   * every later node reads, so all nodes of all services verify the same tokens.
   */
  public static Future<String> tokenSecret(Pool pool, SaimaConfig config) {
    if (config.jwtSecret() != null) {
      if (config.jwtSecret().length() < 32) {
        return Future.failedFuture(new ConfigException("SAIMA_JWT_SECRET", "must be at least 32 characters"));
      }
      return Future.succeededFuture(config.jwtSecret());
    }
    byte[] random = new byte[48];
    new SecureRandom().nextBytes(random);
    String candidate = Base64.getEncoder().encodeToString(random);
    return pool.preparedQuery(SECRET_INSERT).execute(Tuple.of(candidate))
        .compose(x -> pool.query(SECRET_SELECT).execute())
        .map(rows -> rows.iterator().next().getString("value"));
  }

  /** Creates the organizer named by SAIMA_ADMIN_USER from SAIMA_ADMIN_PASSWORD, once. */
  public static Future<Void> firstOrganizer(Node node) {
    SaimaConfig config = node.config();
    Store store = node.store();
    if (config.adminPassword() == null) {
      return Users.countOrganizers(store.pool()).map(n -> {
        if (n == 0) {
          LOG.warn("No organizer account yet. Set SAIMA_ADMIN_PASSWORD (and SAIMA_ADMIN_USER) and restart, or run"
              + " 'java -jar scoring-service.jar create-user'.");
        }
        return null;
      });
    }
    String weakness = Passwords.weakness(config.adminPassword());
    if (weakness != null) {
      return Future.failedFuture(new ConfigException("SAIMA_ADMIN_PASSWORD", weakness));
    }
    NewUser admin = new NewUser(config.adminUser(), "系统管理员", config.adminPassword(), List.of(Roles.ORGANIZER),
        true, List.of());
    return Users.byUsername(store.pool(), admin.username()).compose(existing -> existing != null
        ? Future.succeededFuture()
        : node.blocking(() -> node.passwords().hash(admin.password())).compose(hash -> create(store, admin, hash)));
  }

  public static Future<Void> create(Store store, NewUser user, String hash) {
    return store.transaction(tx -> Users.insert(tx.conn(), user, hash)
        .compose(id -> tx.audit(Actor.system("bootstrap"), AuditEvent.of("user.create", "user", id, null,
            new JsonObject().put("username", user.username()).put("roles", user.roles())
                .put("allCampaigns", user.allCampaigns())))))
        .onSuccess(x -> LOG.info("created organizer account '{}'", user.username()))
        .recover(e -> e.getMessage() != null && e.getMessage().contains("users_username_key")
            ? Future.succeededFuture() : Future.failedFuture(e))
        .mapEmpty();
  }
}
