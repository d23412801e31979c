package org.saima.exam.cat.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a whole bank: unique ids, one scaling constant, valid option categories, sound scenarios. */
public final class BankValidator {
  private BankValidator() {
  }

  public static List<String> problems(double scaling, List<Unit> units) {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Unit unit : units) {
      if (unit instanceof Scenario scenario) {
        requireUnique(ids, "scenario", scenario.id(), problems);
        problems.addAll(ScenarioValidator.problems(scenario));
      }
      for (Item item : unit.items()) {
        requireUnique(ids, "item", item.id(), problems);
        checkItem(scaling, unit, item, problems);
      }
    }
    return problems;
  }

  private static void requireUnique(Set<String> ids, String kind, String id, List<String> problems) {
    if (!ids.add(id)) {
      problems.add(kind + " id " + id + " is used more than once in the bank");
    }
  }

  private static void checkItem(double scaling, Unit unit, Item item, List<String> problems) {
    if (item.model().scaling() != scaling) {
      problems.add("item " + item.id() + " uses D = " + item.model().scaling() + " but the bank uses D = " + scaling);
    }
    Set<String> keys = new HashSet<>();
    for (ResponseOption option : item.options()) {
      if (!keys.add(option.key())) {
        problems.add("item " + item.id() + " has two options with key " + option.key());
      }
      if (option.category() < 0 || option.category() > item.model().maxCategory()) {
        problems.add("item " + item.id() + ", option " + option.key() + " scores category "
            + option.category() + " outside 0.." + item.model().maxCategory());
      }
      if (unit instanceof Item && option.nextItemId() != null) {
        problems.add("item " + item.id() + " is not in a scenario but option " + option.key()
            + " leads to " + option.nextItemId());
      }
    }
  }
}
