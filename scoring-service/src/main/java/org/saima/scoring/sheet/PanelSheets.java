package org.saima.scoring.sheet;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saima.scoring.panel.Panel;
import org.saima.scoring.panel.PanelScore;
import org.saima.scoring.panel.PanelScoring;

/**
 * The sheets of a panel grouped by candidate, with recusals and re-scores: what the chief examiner checks
 * and what a candidate's detail shows. Examiners are keyed by user id (as text) for {@link PanelScoring}.
 */
public final class PanelSheets {
  /** One submitted sheet. */
  public record Sheet(long examinerId, BigDecimal total, JsonObject scores, int version, String submittedAt) {
  }

  /** A re-score: the total before and after, and the reason given. */
  public record Rescore(long examinerId, int version, BigDecimal previousTotal, BigDecimal total, String reason,
      String at) {
  }

  /** One candidate's line on the panel. */
  public record Line(Row candidate, Map<Long, Sheet> sheets, Map<Long, String> recused, List<Rescore> rescores) {
    public long candidateId() {
      return candidate.getLong("candidate_id");
    }

    public boolean confirmed() {
      return "confirmed".equals(candidate.getString("status"));
    }

    /** Every examiner not recused has submitted. */
    public boolean complete(Panel panel) {
      return panel.examiners().stream().allMatch(m -> recused.containsKey(m.userId()) || sheets.containsKey(m.userId()));
    }

    public long submitted() {
      return sheets.size();
    }

    public long expected(Panel panel) {
      return panel.examiners().size() - recused.size();
    }

    /** The trimmed mean once every examiner not recused has submitted. */
    public Optional<PanelScore> score(Panel panel) {
      if (!complete(panel)) {
        return Optional.empty();
      }
      List<String> order = panel.examiners().stream().map(m -> String.valueOf(m.userId())).toList();
      Set<String> out = new HashSet<>();
      recused.keySet().forEach(id -> out.add(String.valueOf(id)));
      Map<String, BigDecimal> totals = new LinkedHashMap<>();
      sheets.forEach((id, sheet) -> totals.put(String.valueOf(id), sheet.total()));
      return Optional.of(new PanelScoring(panel.settings()).score(order, out, totals));
    }
  }

  private PanelSheets() {
  }

  /** The lines of all the panel's candidates, or of one when {@code candidateId} is given. */
  public static Future<List<Line>> load(SqlClient sql, long panelId, Long candidateId) {
    Tuple args = Tuple.of(panelId, candidateId);
    return sql.preparedQuery(SheetSql.PANEL_CANDIDATES).execute(args)
        .compose(candidates -> sql.preparedQuery(SheetSql.PANEL_SHEETS).execute(args)
            .compose(sheets -> sql.preparedQuery(SheetSql.PANEL_RECUSALS).execute(args)
                .compose(recusals -> sql.preparedQuery(SheetSql.RESCORES).execute(args)
                    .map(rescores -> group(candidates, sheets, recusals, rescores)))));
  }

  private static List<Line> group(Iterable<Row> candidates, Iterable<Row> sheets, Iterable<Row> recusals,
      Iterable<Row> rescores) {
    Map<Long, Map<Long, Sheet>> sheetsBy = new HashMap<>();
    sheets.forEach(r -> sheetsBy.computeIfAbsent(r.getLong("candidate_id"), k -> new HashMap<>())
        .put(r.getLong("examiner_id"), new Sheet(r.getLong("examiner_id"), r.getBigDecimal("total"),
            (JsonObject) r.getValue("scores"), r.getInteger("version"),
            r.getOffsetDateTime("submitted_at").toInstant().toString())));
    Map<Long, Map<Long, String>> recusedBy = new HashMap<>();
    recusals.forEach(r -> recusedBy.computeIfAbsent(r.getLong("candidate_id"), k -> new HashMap<>())
        .put(r.getLong("examiner_id"), r.getString("reason")));
    Map<Long, List<Rescore>> rescoresBy = new HashMap<>();
    rescores.forEach(r -> rescoresBy.computeIfAbsent(r.getLong("candidate_id"), k -> new ArrayList<>())
        .add(new Rescore(r.getLong("examiner_id"), r.getInteger("version"), r.getBigDecimal("previous_total"),
            r.getBigDecimal("total"), r.getString("reason"), r.getOffsetDateTime("received_at").toInstant().toString())));
    List<Line> lines = new ArrayList<>();
    candidates.forEach(c -> {
      long id = c.getLong("candidate_id");
      lines.add(new Line(c, sheetsBy.getOrDefault(id, Map.of()), recusedBy.getOrDefault(id, Map.of()),
          rescoresBy.getOrDefault(id, List.of())));
    });
    return lines;
  }
}
