package org.saima.exam.cat.session;

/**
 * A candidate's answer to one item: a category for an item scored directly, or the key of the
 * chosen option for an item with options (scenario turns always have options).
 */
public record Response(String itemId, int category, String option) {
  public static final int BY_OPTION = -1;

  public Response {
    if (itemId == null || itemId.isBlank()) {
      throw new IllegalArgumentException("a response names its item");
    }
    if ((option == null) == (category == BY_OPTION) || (option == null && category < 0)) {
      throw new IllegalArgumentException("a response has either a category (>= 0) or an option key, not both");
    }
  }

  public static Response scored(String itemId, int category) {
    return new Response(itemId, category, null);
  }

  public static Response chose(String itemId, String optionKey) {
    return new Response(itemId, BY_OPTION, optionKey);
  }

  public boolean byOption() {
    return option != null;
  }
}
