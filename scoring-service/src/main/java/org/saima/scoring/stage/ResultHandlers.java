package org.saima.scoring.stage;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.saima.scoring.common.Decimals;
import org.saima.scoring.common.Rows;
import org.saima.scoring.common.XlsxBook;
import org.saima.scoring.ranking.StageScore;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.db.Tx;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;
import org.saima.shared.table.TableException;
import org.saima.shared.table.TableReader;

/** A stage's results: read them, enter one by hand, or import a file for a stage run elsewhere. */
public final class ResultHandlers {
  private static final Set<String> ACCEPTED = Set.of("text/csv", "application/csv", "text/plain",
      "application/vnd.ms-excel", "application/octet-stream",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Node node;

  public ResultHandlers(Node node) {
    this.node = node;
  }

  public void list(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long stageId = Authz.pathLong(ctx, "stageId");
    Responses.reply(ctx, StageHandlers.fetch(node.store().pool(), campaignId, stageId)
        .compose(stage -> node.store().pool().preparedQuery(StageSql.RESULTS).execute(Tuple.of(campaignId, stageId))
            .map(rows -> new JsonObject().put("stage", stage.toJson())
                .put("results", new JsonArray(Rows.list(rows, row -> result(stage, row)))))));
  }

  /** The stage's result sheet as xlsx (audited export). */
  public void xlsx(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long stageId = Authz.pathLong(ctx, "stageId");
    Principal by = Principal.of(ctx);
    var pool = node.store().pool();
    StageHandlers.fetch(pool, campaignId, stageId)
        .compose(stage -> pool.preparedQuery(StageSql.RESULTS).execute(Tuple.of(campaignId, stageId))
            .map(rows -> Rows.list(rows, row -> result(stage, row)))
            .compose(results -> node.blocking(() -> StageWorkbook.build(stage, results)))
            .compose(bytes -> node.store().transaction(tx -> tx.audit(by.actor(), AuditEvent.of("stage.export", "stage",
                stageId, campaignId, new JsonObject().put("format", "xlsx").put("bytes", bytes.length))).map(bytes)))
            .onSuccess(bytes -> XlsxBook.send(ctx, bytes, stage.code() + "-" + stage.name() + ".xlsx")))
        .onFailure(ctx::fail);
  }

  public void enter(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long stageId = Authz.pathLong(ctx, "stageId");
    long candidateId = Authz.pathLong(ctx, "candidateId");
    JsonObject body = Responses.body(ctx);
    Principal by = Principal.of(ctx);
    node.store().transaction(tx -> byHand(tx, campaignId, stageId)
            .compose(stage -> candidate(tx, campaignId, candidateId).map(stage))
            .compose(stage -> record(tx, stage, candidateId,
                Decimals.field(body, "points", 2, BigDecimal.ZERO, stage.maxPoints()), body.getString("note", "").trim(),
                by)))
        .onSuccess(result -> Responses.ok(ctx, result))
        .onFailure(ctx::fail);
  }

  private static Future<JsonObject> record(Tx tx, Stage stage, long candidateId, BigDecimal points, String note,
      Principal by) {
    BigDecimal max = stage.maxPoints();
    return previous(tx, stage.id(), candidateId)
        .compose(before -> tx.conn().preparedQuery(StageSql.UPSERT).execute(Tuple.of(stage.id(), candidateId)
                .addBigDecimal(points).addBigDecimal(max).addString("manual").addString("").addString(note)
                .addLong(by.userId()))
            .compose(x -> tx.audit(by.actor(), AuditEvent.of("stage.result-enter", "stage", stage.id(),
                stage.campaignId(), new JsonObject().put("candidateId", candidateId).put("points", Decimals.plain(points))
                    .put("maxPoints", Decimals.plain(max)).put("note", note)
                    .put("previous", before == null ? null : Decimals.plain(before.getBigDecimal("points")))
                    .put("previousSource", before == null ? null : before.getString("source"))))))
        .map(x -> new JsonObject().put("stageId", stage.id()).put("candidateId", candidateId)
            .put("points", Decimals.plain(points)).put("maxPoints", Decimals.plain(max))
            .put("normalized", StageScore.ofPoints(stage.code(), points, max).normalized().toPlainString())
            .put("source", "manual").put("note", note));
  }

  public void importFile(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long stageId = Authz.pathLong(ctx, "stageId");
    String type = contentType(ctx);
    if (!ACCEPTED.contains(type)) {
      throw Problem.unsupportedMediaType("Send the results as the file's bytes, with Content-Type text/csv or "
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (got " + type + ").");
    }
    byte[] bytes = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
    String fileName = ctx.queryParams().get("fileName");
    Principal by = Principal.of(ctx);
    node.blocking(() -> read(bytes))
        .compose(table -> node.store().transaction(tx -> byHand(tx, campaignId, stageId)
            .compose(stage -> tx.conn().preparedQuery(StageSql.ID_CARDS).execute(Tuple.of(campaignId))
                .map(rows -> ResultImport.check(table, ResultImport.roster(rows), stage.maxPoints()))
                .compose(checked -> save(tx, stage, checked, by, fileName, ResultImport.sha256(bytes))))))
        .onSuccess(summary -> Responses.ok(ctx, summary))
        .onFailure(ctx::fail);
  }

  private static Future<JsonObject> save(Tx tx, Stage stage, ResultImport.Checked checked, Principal by,
      String fileName, String sha256) {
    if (!checked.errors().isEmpty()) {
      return Future.failedFuture(Problem.badRequest(checked.errors().size() + " problem(s) found in the file;"
          + " nothing was imported. Fix the rows listed and import the whole file again.", checked.errors()));
    }
    List<ResultImport.Line> lines = checked.lines();
    Tuple values = Tuple.tuple().addLong(stage.id())
        .addValue(lines.stream().map(ResultImport.Line::candidateId).toArray(Long[]::new))
        .addValue(lines.stream().map(ResultImport.Line::points).toArray(BigDecimal[]::new))
        .addBigDecimal(stage.maxPoints()).addString("file:" + sha256.substring(0, 16)).addLong(by.userId())
        .addValue(lines.stream().map(ResultImport.Line::note).toArray(String[]::new));
    return tx.conn().preparedQuery(StageSql.UPSERT_MANY).execute(values)
        .compose(x -> tx.audit(by.actor(), AuditEvent.of("stage.result-import", "stage", stage.id(),
            stage.campaignId(), new JsonObject().put("rows", lines.size()).put("fileName", fileName)
                .put("sha256", sha256))))
        .map(x -> new JsonObject().put("imported", lines.size()));
  }

  /** The stage, if its results may be entered by hand: a panel stage's come only from confirmed sheets. */
  private static Future<Stage> byHand(Tx tx, long campaignId, long stageId) {
    return StageHandlers.fetch(tx.conn(), campaignId, stageId).compose(stage -> stage.fromPanels()
        ? Future.failedFuture(Problem.conflict("The results of stage " + stage.code() + " come from its panels'"
            + " confirmed sheets; they cannot be entered by hand."))
        : Future.succeededFuture(stage));
  }

  private static Future<Void> candidate(Tx tx, long campaignId, long candidateId) {
    return tx.conn().preparedQuery(StageSql.CANDIDATE).execute(Tuple.of(campaignId, candidateId))
        .compose(rows -> Rows.one(rows, row -> null, "Campaign " + campaignId + " has no candidate " + candidateId + "."))
        .mapEmpty();
  }

  private static Future<Row> previous(Tx tx, long stageId, long candidateId) {
    return tx.conn().preparedQuery(StageSql.RESULT).execute(Tuple.of(stageId, candidateId))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next());
  }

  static JsonObject result(Stage stage, Row row) {
    BigDecimal points = row.getBigDecimal("points");
    JsonObject json = new JsonObject().put("candidateId", row.getLong("candidate_id")).put("name", row.getString("name"))
        .put("unit", row.getString("unit")).put("positionId", row.getLong("position_id"))
        .put("positionCode", row.getString("position_code")).put("positionName", row.getString("position_name"));
    if (points == null) {
      return json.putNull("points");
    }
    BigDecimal max = row.getBigDecimal("max_points");
    return json.put("points", Decimals.plain(points)).put("maxPoints", Decimals.plain(max))
        .put("normalized", StageScore.ofPoints(stage.code(), points, max).normalized().toPlainString())
        .put("source", row.getString("source")).put("sourceRef", row.getString("source_ref"))
        .put("note", row.getString("note")).put("recordedBy", row.getString("recorded_by"))
        .put("recordedAt", row.getOffsetDateTime("recorded_at").toInstant().toString());
  }

  private static org.saima.shared.table.Table read(byte[] bytes) {
    try {
      return new TableReader(20_000).read(bytes);
    } catch (TableException e) {
      throw Problem.badRequest(e.getMessage(), null);
    }
  }

  private static String contentType(RoutingContext ctx) {
    String header = ctx.request().getHeader("Content-Type");
    return header == null ? "(none)" : header.split(";")[0].trim().toLowerCase();
  }
}
