package org.saima.scoring.report;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saima.scoring.common.Decimals;
import org.saima.scoring.common.Rows;
import org.saima.scoring.panel.ExaminerLine;
import org.saima.scoring.panel.Panel;
import org.saima.scoring.panel.PanelAccess;
import org.saima.scoring.panel.PanelScore;
import org.saima.scoring.ranking.StageScore;
import org.saima.scoring.sheet.PanelSheets;
import org.saima.scoring.stage.Stage;
import org.saima.shared.auth.Authz;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/** The numbers behind the charts: score distribution per stage, examiner consistency per panel. */
public final class ChartHandlers {
  private final Node node;

  public ChartHandlers(Node node) {
    this.node = node;
  }

  public void distribution(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    var sql = node.store().pool();
    Responses.reply(ctx, sql.preparedQuery("SELECT " + Stage.COLUMNS + " FROM scoring.stages s WHERE s.campaign_id = $1"
            + " ORDER BY s.seq").execute(Tuple.of(campaignId))
        .compose(stageRows -> sql.preparedQuery(ReportSql.ALL_RESULTS).execute(Tuple.of(campaignId)).map(results -> {
          Map<Long, List<BigDecimal>> byStage = new HashMap<>();
          results.forEach(r -> byStage.computeIfAbsent(r.getLong("stage_id"), k -> new ArrayList<>())
              .add(StageScore.ofPoints("s", r.getBigDecimal("points"), r.getBigDecimal("max_points")).normalized()));
          JsonArray stages = new JsonArray(Rows.list(stageRows, Stage::fromRow).stream().map(stage -> {
            Distribution d = Distribution.of(byStage.getOrDefault(stage.id(), List.of()));
            return new JsonObject().put("stageId", stage.id()).put("code", stage.code()).put("name", stage.name())
                .put("count", d.count()).put("mean", Decimals.plain(d.mean())).put("median", Decimals.plain(d.median()))
                .put("min", Decimals.plain(d.min())).put("max", Decimals.plain(d.max()))
                .put("binWidth", Distribution.BIN_WIDTH).put("bins", new JsonArray(d.bins()));
          }).toList());
          return new JsonObject().put("stages", stages);
        })));
  }

  /** Each examiner's deviation from the panel scores; names for the organizer and the chief. */
  public void consistency(RoutingContext ctx) {
    PanelAccess.Access access = PanelAccess.of(ctx);
    var sql = node.store().pool();
    Responses.reply(ctx, Panel.load(sql, access.campaignId(), access.panelId())
        .compose(panel -> PanelSheets.load(sql, panel.id(), null).map(lines -> {
          List<Consistency.Deviation> deviations = deviations(panel, lines);
          return new JsonObject().put("panelId", panel.id()).put("panelName", panel.name())
              .put("outlierLimit", Decimals.plain(panel.settings().outlierLimit()))
              .put("examiners", new JsonArray(Consistency.summarize(deviations).stream().map(s -> new JsonObject()
                  .put("examiner", s.examiner()).put("count", s.count()).put("meanDeviation", Decimals.plain(s.meanDeviation()))
                  .put("meanAbsoluteDeviation", Decimals.plain(s.meanAbsoluteDeviation()))
                  .put("maxAbsoluteDeviation", Decimals.plain(s.maxAbsoluteDeviation())).put("outliers", s.outliers()))
                  .toList()))
              .put("deviations", new JsonArray(deviations.stream().map(d -> new JsonObject().put("examiner", d.examiner())
                  .put("candidate", d.candidate()).put("deviation", Decimals.plain(d.deviation())).put("outlier", d.outlier()))
                  .toList()));
        })));
  }

  /** Every examiner's deviation for every candidate with a panel score, examiners in seat order. */
  private static List<Consistency.Deviation> deviations(Panel panel, List<PanelSheets.Line> lines) {
    Map<Long, Panel.Member> members = panel.examinersById();
    List<Consistency.Deviation> deviations = new ArrayList<>();
    for (PanelSheets.Line line : lines) {
      PanelScore score = line.score(panel).orElse(null);
      if (score == null || score.score().isEmpty()) {
        continue;
      }
      Integer number = line.candidate().getInteger("draw_number");
      String candidate = number == null ? line.candidate().getString("name") : number + "号";
      for (ExaminerLine l : score.lines()) {
        if (l.deviation() != null) {
          Panel.Member m = members.get(Long.valueOf(l.examiner()));
          deviations.add(new Consistency.Deviation(m.label() + " " + m.displayName(), candidate, l.deviation(),
              l.outlier()));
        }
      }
    }
    return deviations;
  }
}
