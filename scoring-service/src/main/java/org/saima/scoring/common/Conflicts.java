package org.saima.scoring.common;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.pgclient.PgException;
import java.util.Map;
import java.util.function.Function;
import org.saima.shared.http.Problem;

/**
 * Names the field behind a unique key of the scoring schema, so a 409 says which value is taken (the
 * shared error mapping knows only the core keys).
 */
public final class Conflicts {
  private Conflicts() {
  }

  /** For {@code future.recover(...)}: a unique violation of a listed constraint becomes a 409 naming the field. */
  public static <T> Function<Throwable, Future<T>> naming(Map<String, String[]> fieldAndMessageByConstraint) {
    return failure -> {
      if (failure instanceof PgException pg && "23505".equals(pg.getSqlState())) {
        String[] known = fieldAndMessageByConstraint.get(pg.getConstraint());
        if (known != null) {
          return Future.failedFuture(new Problem(409, "conflict", "Conflict", known[1],
              new JsonArray().add(Problem.field(known[0], known[1]))));
        }
      }
      return Future.failedFuture(failure);
    };
  }
}
