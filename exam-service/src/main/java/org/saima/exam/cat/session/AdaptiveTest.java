package org.saima.exam.cat.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saima.exam.cat.estimate.Estimate;
import org.saima.exam.cat.estimate.QuadratureGrid;
import org.saima.exam.cat.model.Item;
import org.saima.exam.cat.model.ItemBank;
import org.saima.exam.cat.model.ResponseOption;

/**
 * The adaptive test engine for one test definition and one bank: starts sessions, applies
 * responses and rebuilds sessions from their persisted state. Pure: no I/O, no clock, no
 * hidden randomness.
 */
public final class AdaptiveTest {
  private final TestDefinition definition;
  private final ItemBank bank;
  private final QuadratureGrid grid;
  private final UnitPlanner planner;

  public AdaptiveTest(TestDefinition definition, ItemBank bank) {
    this.definition = definition;
    this.bank = bank;
    this.grid = definition.grid();
    this.planner = new UnitPlanner(definition, bank);
  }

  public TestDefinition definition() {
    return definition;
  }

  public ItemBank bank() {
    return bank;
  }

  public CatSession start(long seed) {
    Map<String, DimensionProgress> progress = new LinkedHashMap<>();
    definition.dimensions().forEach(d -> progress.put(d.code(), DimensionProgress.start(grid)));
    return selectUnit(seed, List.of(), progress, Set.of(), List.of());
  }

  /** Replays the persisted responses: the result equals the session that was never interrupted. */
  public CatSession resume(SessionState state) {
    CatSession session = start(state.seed());
    for (Response response : state.responses()) {
      session = answer(session, response);
    }
    return session;
  }

  CatSession answer(CatSession session, Response response) {
    NextStep.Ask ask = session.pending().orElseThrow(
        () -> new IllegalStateException("the test is over: " + session.stopReason().orElseThrow()));
    Item item = ask.item();
    if (!item.id().equals(response.itemId())) {
      throw new IllegalArgumentException("expected a response to item " + item.id() + ", got " + response.itemId());
    }
    ResponseOption option = chosenOption(item, response);
    int category = option == null ? response.category() : option.category();
    String dimension = ask.selection().dimension();
    Map<String, DimensionProgress> progress = new LinkedHashMap<>(session.progress());
    progress.put(dimension, progress.get(dimension).withResponse(item.model(), category));
    Estimate after = progress.get(dimension).estimate();
    List<LoggedSelection> log = append(session.log(),
        new LoggedSelection(ask.selection(), category, response.option(), after.theta(), after.se()));
    List<Response> responses = append(session.responses(), response);
    if (option != null && option.nextItemId() != null) {
      NextStep followUp = followUp(ask.selection(), option.nextItemId(), after, responses.size() + 1);
      return new CatSession(this, session.seed(), responses, progress, session.usedUnits(), log, followUp);
    }
    return selectUnit(session.seed(), responses, progress, session.usedUnits(), log);
  }

  private CatSession selectUnit(long seed, List<Response> responses, Map<String, DimensionProgress> progress,
      Set<String> usedUnits, List<LoggedSelection> log) {
    NextStep next = planner.plan(progress, usedUnits, usedUnits.size(), seed, responses.size() + 1);
    if (!(next instanceof NextStep.Ask ask)) {
      return new CatSession(this, seed, responses, progress, usedUnits, log, next);
    }
    Map<String, DimensionProgress> counted = new LinkedHashMap<>(progress);
    String dimension = ask.selection().dimension();
    counted.put(dimension, counted.get(dimension).withUnitSelected());
    Set<String> used = new HashSet<>(usedUnits);
    used.add(ask.selection().unitId());
    return new CatSession(this, seed, responses, counted, used, log, next);
  }

  private NextStep followUp(Selection previous, String nextItemId, Estimate current, int sequence) {
    Item turn = bank.item(nextItemId).orElseThrow();
    Selection selection = new Selection(sequence, previous.dimension(), previous.unitId(), turn.id(),
        current.theta(), current.se(), turn.model().information(current.theta()), 0, 0,
        SelectionReason.SCENARIO_BRANCH);
    return new NextStep.Ask(selection, turn);
  }

  private static ResponseOption chosenOption(Item item, Response response) {
    if (item.hasOptions() != response.byOption()) {
      throw new IllegalArgumentException(item.hasOptions()
          ? "item " + item.id() + " is answered by choosing one of its options"
          : "item " + item.id() + " has no options; give the category");
    }
    if (!response.byOption()) {
      item.model().requireCategory(response.category());
      return null;
    }
    return item.option(response.option()).orElseThrow(() -> new IllegalArgumentException(
        "item " + item.id() + " has no option " + response.option()));
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list.size() + 1);
    copy.addAll(list);
    copy.add(element);
    return copy;
  }
}
