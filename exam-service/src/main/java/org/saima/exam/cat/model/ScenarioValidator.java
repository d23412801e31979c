package org.saima.exam.cat.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks a scenario's branching map: it must start somewhere real, never dangle, never loop. */
public final class ScenarioValidator {
  private static final int ON_PATH = 1;
  private static final int DONE = 2;

  private ScenarioValidator() {
  }

  /** Every problem found, each a sentence naming the scenario; empty when the map is sound. */
  public static List<String> problems(Scenario scenario) {
    List<String> problems = new ArrayList<>();
    String name = "scenario " + scenario.id();
    if (scenario.turns().isEmpty()) {
      problems.add(name + " has no turns");
      return problems;
    }
    Map<String, Item> turns = new LinkedHashMap<>();
    for (Item turn : scenario.turns()) {
      if (turns.putIfAbsent(turn.id(), turn) != null) {
        problems.add(name + " has two turns with id " + turn.id());
      }
    }
    if (!turns.containsKey(scenario.firstItemId())) {
      problems.add(name + " starts at turn " + scenario.firstItemId() + ", which is not one of its turns");
    }
    for (Item turn : turns.values()) {
      checkTurn(scenario, turn, turns, problems);
    }
    if (problems.isEmpty()) {
      findCycle(scenario, turns).ifPresent(problems::add);
    }
    if (problems.isEmpty()) {
      Set<String> reached = reachable(scenario.firstItemId(), turns);
      turns.keySet().stream().filter(id -> !reached.contains(id)).forEach(id -> problems.add(
          name + ": turn " + id + " cannot be reached from first turn " + scenario.firstItemId()));
    }
    return problems;
  }

  private static void checkTurn(Scenario scenario, Item turn, Map<String, Item> turns, List<String> problems) {
    String where = "scenario " + scenario.id() + ", turn " + turn.id();
    if (!turn.dimension().equals(scenario.dimension())) {
      problems.add(where + " measures " + turn.dimension() + " but the scenario measures " + scenario.dimension());
    }
    if (!turn.hasOptions()) {
      problems.add(where + " has no response options to branch on");
    }
    for (ResponseOption option : turn.options()) {
      if (option.nextItemId() != null && !turns.containsKey(option.nextItemId())) {
        problems.add(where + ", option " + option.key() + " leads to turn " + option.nextItemId()
            + ", which is not in the scenario");
      }
    }
  }

  private static Optional<String> findCycle(Scenario scenario, Map<String, Item> turns) {
    Map<String, Integer> state = new HashMap<>();
    for (String start : turns.keySet()) {
      List<String> path = new ArrayList<>();
      String cycle = visit(start, turns, state, path);
      if (cycle != null) {
        return Optional.of("scenario " + scenario.id() + " branches in a cycle: " + cycle);
      }
    }
    return Optional.empty();
  }

  private static String visit(String id, Map<String, Item> turns, Map<String, Integer> state, List<String> path) {
    Integer seen = state.get(id);
    if (seen != null && seen == DONE) {
      return null;
    }
    if (seen != null && seen == ON_PATH) {
      List<String> loop = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
      loop.add(id);
      return String.join(" → ", loop);
    }
    state.put(id, ON_PATH);
    path.add(id);
    for (String next : successors(turns.get(id))) {
      String cycle = visit(next, turns, state, path);
      if (cycle != null) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    state.put(id, DONE);
    return null;
  }

  private static Set<String> reachable(String first, Map<String, Item> turns) {
    Set<String> reached = new HashSet<>();
    List<String> frontier = new ArrayList<>(List.of(first));
    while (!frontier.isEmpty()) {
      String id = frontier.remove(frontier.size() - 1);
      if (reached.add(id)) {
        frontier.addAll(successors(turns.get(id)));
      }
    }
    return reached;
  }

  private static List<String> successors(Item turn) {
    return turn.options().stream().map(ResponseOption::nextItemId).filter(n -> n != null).distinct().toList();
  }
}
