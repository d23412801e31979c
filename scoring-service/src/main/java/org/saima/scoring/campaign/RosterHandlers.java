package org.saima.scoring.campaign;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.db.Tx;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;
import org.saima.shared.table.Table;
import org.saima.shared.table.TableException;
import org.saima.shared.table.TableReader;

/**
 * Candidate roster import from xlsx or CSV: every row is checked first, and either all rows are
 * imported in one transaction or none is, with an error per bad cell.
 */
public final class RosterHandlers {
  private static final int MAX_ROWS = 20_000;
  private static final Set<String> ACCEPTED = Set.of("text/csv", "application/csv", "text/plain",
      "application/vnd.ms-excel", "application/octet-stream",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Node node;

  public RosterHandlers(Node node) {
    this.node = node;
  }

  public void importRoster(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    String type = contentType(ctx);
    if (!ACCEPTED.contains(type)) {
      throw Problem.unsupportedMediaType("Send the roster as the file's bytes, with Content-Type text/csv or "
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (got " + type + ").");
    }
    boolean dryRun = "true".equals(ctx.queryParams().get("dryRun"));
    String fileName = ctx.queryParams().get("fileName");
    Buffer bytes = ctx.body().buffer() == null ? Buffer.buffer() : ctx.body().buffer();
    Principal by = Principal.of(ctx);
    node.blocking(() -> read(bytes.getBytes()))
        .compose(table -> node.store().transaction(tx -> CampaignHandlers.fetch(tx.conn(), campaignId)
            .compose(c -> check(tx, campaignId, table))
            .compose(result -> dryRun ? Future.succeededFuture(summary(result, true))
                : insert(tx, campaignId, result).compose(n -> tx.audit(by.actor(), AuditEvent.of(
                    "candidate.import", "campaign", campaignId, campaignId, new JsonObject().put("rows", n)
                        .put("fileName", fileName).put("sha256", sha256(bytes.getBytes()))))
                    .map(summary(result, false))))))
        .onSuccess(summary -> Responses.ok(ctx, summary))
        .onFailure(ctx::fail);
  }

  private static Table read(byte[] bytes) {
    try {
      return new TableReader(MAX_ROWS).read(bytes);
    } catch (TableException e) {
      throw Problem.badRequest(e.getMessage(), null);
    }
  }

  private static Future<Roster.Result> check(Tx tx, long campaignId, Table table) {
    Map<String, Long> positions = new HashMap<>();
    Map<String, Long> existing = new HashMap<>();
    return tx.conn().preparedQuery(CampaignSql.POSITIONS).execute(Tuple.of(campaignId))
        .compose(rows -> {
          rows.forEach(row -> positions.put(row.getString("code"), row.getLong("id")));
          return tx.conn().preparedQuery(CampaignSql.ID_CARDS).execute(Tuple.of(campaignId));
        })
        .compose(rows -> {
          rows.forEach(row -> existing.put(row.getString("id_card"), row.getLong("id")));
          Roster.Result result = Roster.check(table, positions, existing, LocalDate.now());
          if (result.valid()) {
            return Future.succeededFuture(result);
          }
          return Future.failedFuture(Problem.badRequest(result.errors().size() + " problem(s) found in the file;"
              + " nothing was imported. Fix the rows listed and import the whole file again.", result.errors()));
        });
  }

  private static Future<Integer> insert(Tx tx, long campaignId, Roster.Result result) {
    List<Roster.Row> rows = result.rows();
    Tuple values = Tuple.tuple().addLong(campaignId)
        .addValue(rows.stream().map(Roster.Row::positionId).toArray(Long[]::new))
        .addValue(rows.stream().map(r -> r.candidate().name()).toArray(String[]::new))
        .addValue(rows.stream().map(r -> r.candidate().idCard()).toArray(String[]::new))
        .addValue(rows.stream().map(r -> r.candidate().unit()).toArray(String[]::new))
        .addValue(rows.stream().map(r -> r.candidate().currentPost()).toArray(String[]::new))
        .addValue(rows.stream().map(r -> r.candidate().phone()).toArray(String[]::new));
    return tx.conn().preparedQuery(CampaignSql.CANDIDATES_BULK_INSERT).execute(values).map(r -> rows.size());
  }

  private static JsonObject summary(Roster.Result result, boolean dryRun) {
    return new JsonObject().put("dryRun", dryRun).put("rows", result.rows().size())
        .put("imported", dryRun ? 0 : result.rows().size());
  }

  private static String contentType(RoutingContext ctx) {
    String header = ctx.request().getHeader("Content-Type");
    return header == null ? "(none)" : header.split(";")[0].trim().toLowerCase();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
