package org.saima.scoring.panel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saima.scoring.panel.ExaminerLine.Treatment;

/**
 * The panel score of one candidate: the trimmed mean of the examiners' totals.
 *
 * <p>Recused examiners are left out first. When at least {@code minimumForDropping} totals remain, the
 * {@code dropHighest} highest and {@code dropLowest} lowest are dropped; the rest are averaged and the mean
 * is rounded half up to 2 decimals, in exact decimal arithmetic. Among equal totals at an end, the one
 * listed later on the panel is marked dropped (it changes nothing in the score). Each examiner's deviation
 * from the rounded panel score is flagged by {@link Outliers}.
 */
public final class PanelScoring {
  public static final int SCALE = 2;

  private final AggregationSettings settings;

  public PanelScoring(AggregationSettings settings) {
    this.settings = settings;
  }

  /**
   * @param panel examiners in panel order
   * @param recused examiners recused for this candidate (they have no total)
   * @param totals every other examiner's submitted total
   */
  public PanelScore score(List<String> panel, Set<String> recused, Map<String, BigDecimal> totals) {
    checkSheet(panel, recused, totals);
    Map<String, Treatment> treatment = new LinkedHashMap<>();
    panel.forEach(e -> treatment.put(e, recused.contains(e) ? Treatment.RECUSED : Treatment.COUNTED));
    List<String> scoring = panel.stream().filter(e -> !recused.contains(e)).toList();
    boolean trimmed = scoring.size() >= settings.minimumForDropping();
    if (trimmed) {
      markDropped(scoring, totals, treatment);
    }
    List<String> counted = scoring.stream().filter(e -> treatment.get(e) == Treatment.COUNTED).toList();
    BigDecimal sum = counted.stream().map(totals::get).reduce(BigDecimal.ZERO, BigDecimal::add);
    Optional<BigDecimal> score = counted.isEmpty()
        ? Optional.empty()
        : Optional.of(sum.divide(BigDecimal.valueOf(counted.size()), SCALE, RoundingMode.HALF_UP));
    List<ExaminerLine> lines = new ArrayList<>();
    panel.forEach(e -> lines.add(new ExaminerLine(e, totals.get(e), treatment.get(e), null, false)));
    List<ExaminerLine> flagged = new Outliers(settings.outlierLimit()).flag(score, lines);
    return new PanelScore(score, sum, counted.size(), scoring.size(), recused.size(), trimmed,
        settings.minimumForDropping(), flagged);
  }

  private void markDropped(List<String> scoring, Map<String, BigDecimal> totals, Map<String, Treatment> treatment) {
    List<String> ascending = new ArrayList<>(scoring);
    ascending.sort(Comparator.comparing(totals::get));
    for (int i = 0; i < settings.dropLowest(); i++) {
      treatment.put(ascending.get(i), Treatment.DROPPED_LOWEST);
    }
    for (int i = 0; i < settings.dropHighest(); i++) {
      treatment.put(ascending.get(ascending.size() - 1 - i), Treatment.DROPPED_HIGHEST);
    }
  }

  private static void checkSheet(List<String> panel, Set<String> recused, Map<String, BigDecimal> totals) {
    if (Set.copyOf(panel).size() != panel.size()) {
      throw new IllegalArgumentException("An examiner appears twice on the panel: " + panel);
    }
    for (String e : recused) {
      if (!panel.contains(e)) {
        throw new IllegalArgumentException("Recused examiner " + e + " is not on the panel");
      }
      if (totals.containsKey(e)) {
        throw new IllegalArgumentException("Examiner " + e + " is recused and cannot score this candidate");
      }
    }
    for (String e : panel) {
      if (!recused.contains(e) && totals.get(e) == null) {
        throw new IllegalArgumentException("Examiner " + e + " has not submitted a total");
      }
    }
    for (String e : totals.keySet()) {
      if (!panel.contains(e)) {
        throw new IllegalArgumentException("Examiner " + e + " is not on the panel");
      }
    }
  }
}
