package org.saima.exam.cat.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saima.exam.cat.estimate.Estimate;
import org.saima.exam.cat.math.SplitMix64;
import org.saima.exam.cat.model.ItemBank;
import org.saima.exam.cat.model.Unit;
import org.saima.exam.cat.select.ContentBalancer;
import org.saima.exam.cat.select.DimensionStatus;
import org.saima.exam.cat.select.ItemSelector;
import org.saima.exam.cat.select.RankedUnit;

/**
 * Decides, between units, whether the test stops and otherwise which unit comes next. Selection
 * number k (from 0) draws with output k of SplitMix64(seed), so the choice depends only on the
 * seed and the responses so far, never on how the session got here.
 */
final class UnitPlanner {
  private final TestDefinition definition;
  private final ItemBank bank;

  UnitPlanner(TestDefinition definition, ItemBank bank) {
    this.definition = definition;
    this.bank = bank;
  }

  NextStep plan(Map<String, DimensionProgress> progress, Set<String> usedUnits, int unitsSelected, long seed,
      int sequence) {
    StoppingRule stopping = definition.stopping();
    if (unitsSelected >= stopping.maxItems()) {
      return new NextStep.Finished(StopReason.MAX_LENGTH_REACHED);
    }
    if (unitsSelected >= stopping.minItems() && allAtTarget(progress)) {
      return new NextStep.Finished(StopReason.TARGET_SE_REACHED);
    }
    List<DimensionStatus> statuses = statuses(progress);
    SelectionReason reason = SelectionReason.CONTENT_BALANCE;
    Optional<String> dimension = ContentBalancer.next(statuses, stopping.targetSe().isPresent());
    if (dimension.isEmpty() && unitsSelected < stopping.minItems()) {
      reason = SelectionReason.MINIMUM_LENGTH;
      dimension = ContentBalancer.next(statuses, false);
    }
    if (dimension.isEmpty()) {
      return new NextStep.Finished(StopReason.BANK_EXHAUSTED);
    }
    return ask(dimension.get(), progress.get(dimension.get()).estimate(), usedUnits,
        SplitMix64.output(seed, unitsSelected), sequence, reason);
  }

  private NextStep ask(String dimension, Estimate current, Set<String> usedUnits, long randomBits, int sequence,
      SelectionReason reason) {
    List<Unit> candidates = unused(dimension, usedUnits);
    List<RankedUnit> top = ItemSelector.top(candidates, current.theta(), definition.exposureTopN());
    RankedUnit chosen = ItemSelector.draw(top, randomBits);
    Unit unit = chosen.unit();
    Selection selection = new Selection(sequence, dimension, unit.id(), unit.firstItem().id(), current.theta(),
        current.se(), chosen.information(), chosen.rank(), top.size(), reason);
    return new NextStep.Ask(selection, unit.firstItem());
  }

  private boolean allAtTarget(Map<String, DimensionProgress> progress) {
    return progress.values().stream().allMatch(p -> definition.stopping().reached(p.estimate().se()));
  }

  private List<DimensionStatus> statuses(Map<String, DimensionProgress> progress) {
    List<DimensionStatus> statuses = new ArrayList<>();
    List<DimensionSpec> dimensions = definition.dimensions();
    for (int i = 0; i < dimensions.size(); i++) {
      String code = dimensions.get(i).code();
      DimensionProgress p = progress.get(code);
      // Units given in a dimension are exactly its used units, so counting suffices.
      boolean left = bank.unitsIn(code).size() > p.unitsGiven();
      statuses.add(new DimensionStatus(code, definition.normalisedShare(i), p.unitsGiven(),
          definition.stopping().reached(p.estimate().se()), left));
    }
    return statuses;
  }

  private List<Unit> unused(String dimension, Set<String> usedUnits) {
    return bank.unitsIn(dimension).stream().filter(u -> !usedUnits.contains(u.id())).toList();
  }
}
