package org.saima.exam.cat.model;

import java.util.List;

/** What item selection picks: a single item, or a whole scenario entered through its first turn. */
public sealed interface Unit permits Item, Scenario {
  String id();

  /** The competency dimension the unit measures (e.g. 科学决策). */
  String dimension();

  /** The item given when the unit is selected. */
  Item firstItem();

  List<Item> items();
}
