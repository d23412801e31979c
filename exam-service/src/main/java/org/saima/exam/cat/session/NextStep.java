package org.saima.exam.cat.session;

import org.saima.exam.cat.model.Item;

/** What the session wants next: a response to an item, or nothing because the test is over. */
public sealed interface NextStep {
  record Ask(Selection selection, Item item) implements NextStep {
  }

  record Finished(StopReason reason) implements NextStep {
  }
}
