package org.saima.scoring.sheet;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.saima.scoring.common.Decimals;
import org.saima.scoring.panel.ExaminerLine;
import org.saima.scoring.panel.Panel;
import org.saima.scoring.panel.PanelScore;
import org.saima.scoring.panel.PanelView;

/**
 * A candidate's line on a panel as JSON: each examiner's total and how it was treated (counted, dropped as
 * highest or lowest, recused), the deviation from the panel score and the outlier flag, the re-scores with
 * their reasons, and the panel score with the sentence that explains it. With {@code anonymized} examiners
 * appear as 评委1..n (their seat), never by name, and recusal reasons are left out.
 */
public final class LineJson {
  private LineJson() {
  }

  public static JsonObject render(Panel panel, PanelSheets.Line line, PanelView.Visibility visibility,
      boolean anonymized) {
    Optional<PanelScore> score = line.score(panel);
    Map<String, ExaminerLine> treatment = score.map(s -> s.lines().stream()
        .collect(Collectors.toMap(ExaminerLine::examiner, l -> l))).orElse(Map.of());
    JsonArray examiners = new JsonArray();
    for (Panel.Member m : panel.examiners()) {
      examiners.add(examiner(m, line, treatment.get(String.valueOf(m.userId())), anonymized));
    }
    JsonObject json = visibility.candidate(line.candidate())
        .put("confirmedAt", line.candidate().getOffsetDateTime("confirmed_at") == null ? null
            : line.candidate().getOffsetDateTime("confirmed_at").toInstant().toString())
        .put("confirmedBy", anonymized ? null : line.candidate().getString("confirmed_by"))
        .put("submitted", line.submitted()).put("expected", line.expected(panel)).put("complete", line.complete(panel))
        .put("examiners", examiners).put("rescores", rescores(panel, line.rescores(), anonymized))
        .put("maximumTotal", Decimals.plain(panel.rubric().maximumTotal()));
    score.ifPresent(s -> json.put("panelScore", s.score().map(v -> v.toPlainString()).orElse(null))
        .put("explain", s.explain()).put("trimmed", s.trimmed())
        .put("explanation", new JsonObject().put("scored", s.scoringCount()).put("recused", s.recusedCount())
            .put("dropped", s.dropped().size()).put("minimumForDropping", s.minimumForDropping())
            .put("sum", Decimals.plain(s.countedSum())).put("counted", s.countedCount()))
        .put("outliers", new JsonArray(s.outliers().stream().map(o -> seat(panel, o.examiner())).toList())));
    return json;
  }

  private static JsonObject examiner(Panel.Member m, PanelSheets.Line line, ExaminerLine treated, boolean anonymized) {
    JsonObject json = new JsonObject().put("seat", m.seat()).put("label", m.label()).put("chief", m.chief());
    if (!anonymized) {
      json.put("userId", m.userId()).put("displayName", m.displayName());
    }
    PanelSheets.Sheet sheet = line.sheets().get(m.userId());
    if (line.recused().containsKey(m.userId())) {
      json.put("state", "recused");
      if (!anonymized) {
        json.put("recusalReason", line.recused().get(m.userId()));
      }
    } else if (sheet == null) {
      json.put("state", "pending");
    } else {
      json.put("state", "submitted").put("total", Decimals.plain(sheet.total())).put("scores", sheet.scores())
          .put("version", sheet.version()).put("submittedAt", sheet.submittedAt());
    }
    if (treated != null) {
      json.put("treatment", treated.treatment().name().toLowerCase().replace('_', '-'))
          .put("deviation", Decimals.plain(treated.deviation())).put("outlier", treated.outlier());
    }
    return json;
  }

  private static JsonArray rescores(Panel panel, List<PanelSheets.Rescore> rescores, boolean anonymized) {
    Map<Long, Panel.Member> members = panel.examinersById();
    return new JsonArray(rescores.stream().map(r -> {
      Panel.Member m = members.get(r.examinerId());
      JsonObject json = new JsonObject().put("seat", m == null ? null : m.seat())
          .put("label", m == null ? null : m.label()).put("version", r.version())
          .put("previousTotal", Decimals.plain(r.previousTotal())).put("total", Decimals.plain(r.total()))
          .put("reason", r.reason()).put("at", r.at());
      if (!anonymized && m != null) {
        json.put("displayName", m.displayName());
      }
      return json;
    }).toList());
  }

  private static Integer seat(Panel panel, String examinerKey) {
    Panel.Member m = panel.examinersById().get(Long.valueOf(examinerKey));
    return m == null ? null : m.seat();
  }
}
