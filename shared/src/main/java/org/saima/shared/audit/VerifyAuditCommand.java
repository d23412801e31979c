package org.saima.shared.audit;

import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import org.saima.shared.config.SaimaConfig;
import org.saima.shared.db.Database;

/** {@code verify-audit}: prints the verification result as JSON; exit code 0 when intact, 2 when broken. */
public final class VerifyAuditCommand {
  public static final int BROKEN = 2;

  private VerifyAuditCommand() {
  }

  public static int run(SaimaConfig config, PrintStream out) throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      var pool = Database.pool(vertx, config);
      AuditVerifier.Result result = new AuditVerifier(pool).verify()
          .toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
      out.println(result.toJson().encodePrettily());
      return result.intact() ? 0 : BROKEN;
    } finally {
      vertx.close();
    }
  }
}
