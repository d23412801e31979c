package org.saima.scoring.common;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.saima.shared.http.Problem;

/** Small helpers over query results. */
public final class Rows {
  private Rows() {
  }

  public static <T> List<T> list(RowSet<Row> rows, Function<Row, T> map) {
    List<T> list = new ArrayList<>();
    rows.forEach(row -> list.add(map.apply(row)));
    return list;
  }

  /** The single row's mapping, or a 404 with the message given. */
  public static <T> Future<T> one(RowSet<Row> rows, Function<Row, T> map, String notFound) {
    return rows.size() == 0 ? Future.failedFuture(Problem.notFound(notFound))
        : Future.succeededFuture(map.apply(rows.iterator().next()));
  }
}
