package org.saima.scoring.ranking;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saima.scoring.campaign.CampaignSettings;
import org.saima.scoring.common.Rows;
import org.saima.scoring.stage.Stage;

/**
 * The whole campaign's selection, recomputed from what is stored: every position's stages, results and tie
 * decisions go through {@link Selection}. Nothing of the outcome is stored, so it always follows the latest
 * confirmed sheets, published results and decisions.
 */
public record CampaignSelection(long campaignId, List<Stage> stages, Map<Long, Row> candidates,
    List<PositionSelection> positions) {

  /** One position's outcome with the rows it was computed from. */
  public record PositionSelection(Row position, SelectionResult result, Map<String, List<Row>> decisions) {
    public long id() {
      return position.getLong("id");
    }
  }

  /**
   * Reads the campaign's rows, then ranks on a worker thread: thousands of candidates take tens of
   * milliseconds, too long for an event loop.
   */
  public static Future<CampaignSelection> load(Vertx vertx, SqlClient sql, long campaignId) {
    Tuple id = Tuple.of(campaignId);
    return CampaignSettings.load(sql, campaignId)
        .compose(settings -> sql.preparedQuery(RankingSql.POSITIONS).execute(id)
            .compose(positions -> sql.preparedQuery(RankingSql.CANDIDATES).execute(id)
                .compose(candidates -> sql.preparedQuery(RankingSql.STAGES).execute(id)
                    .compose(stages -> sql.preparedQuery(RankingSql.RESULTS).execute(id)
                        .compose(results -> sql.preparedQuery(RankingSql.DECISIONS).execute(id)
                            .compose(decisions -> vertx.executeBlocking(() -> compute(campaignId,
                                new Selection(settings.differential()), positions, candidates,
                                Rows.list(stages, Stage::fromRow), results, decisions), false)))))));
  }

  static CampaignSelection compute(long campaignId, Selection selection, RowSet<Row> positions,
      RowSet<Row> candidateRows, List<Stage> stages, RowSet<Row> results, RowSet<Row> decisionRows) {
    Map<Long, Row> candidates = new LinkedHashMap<>();
    candidateRows.forEach(row -> candidates.put(row.getLong("id"), row));
    Map<Long, List<StageScore>> scores = scores(stages, results);
    List<StageRule> rules = stages.stream().map(Stage::rule).toList();
    List<PositionSelection> out = new ArrayList<>();
    for (Row position : positions) {
      long positionId = position.getLong("id");
      List<CandidateScores> field = candidates.values().stream()
          .filter(c -> c.getLong("position_id") == positionId)
          .map(c -> CandidateScores.of(String.valueOf(c.getLong("id")), scores.getOrDefault(c.getLong("id"), List.of())))
          .toList();
      Map<String, List<Row>> decisions = decisions(decisionRows, positionId);
      SelectionResult result = selection.run(position.getString("code"), position.getInteger("seats"), rules, field,
          tieDecisions(decisions));
      out.add(new PositionSelection(position, result, decisions));
    }
    return new CampaignSelection(campaignId, stages, candidates, out);
  }

  private static Map<Long, List<StageScore>> scores(List<Stage> stages, RowSet<Row> results) {
    Map<Long, Stage> byId = new HashMap<>();
    stages.forEach(s -> byId.put(s.id(), s));
    Map<Long, List<StageScore>> scores = new HashMap<>();
    results.forEach(row -> {
      Stage stage = byId.get(row.getLong("stage_id"));
      scores.computeIfAbsent(row.getLong("candidate_id"), k -> new ArrayList<>())
          .add(StageScore.ofPoints(stage.code(), row.getBigDecimal("points"), row.getBigDecimal("max_points")));
    });
    return scores;
  }

  private static Map<String, List<Row>> decisions(RowSet<Row> rows, long positionId) {
    Map<String, List<Row>> byRound = new HashMap<>();
    rows.forEach(row -> {
      if (row.getLong("position_id") == positionId) {
        byRound.computeIfAbsent(row.getString("round"), k -> new ArrayList<>()).add(row);
      }
    });
    return byRound;
  }

  private static Map<String, List<TieDecision>> tieDecisions(Map<String, List<Row>> rows) {
    Map<String, List<TieDecision>> decisions = new HashMap<>();
    rows.forEach((round, list) -> decisions.put(round, list.stream().map(row -> new TieDecision(
        java.util.Arrays.stream(row.getArrayOfLongs("candidate_ids")).map(String::valueOf).toList(),
        row.getString("reason"))).toList()));
    return decisions;
  }

  public Stage stage(String code) {
    return stages.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
  }

  public PositionSelection position(long positionId) {
    return positions.stream().filter(p -> p.id() == positionId).findFirst().orElse(null);
  }
}
