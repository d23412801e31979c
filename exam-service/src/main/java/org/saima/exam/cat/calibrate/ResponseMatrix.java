package org.saima.exam.cat.calibrate;

import java.util.List;

/**
 * Responses of persons (rows) to items (columns) for calibration: a category 0..maxCategory, or
 * {@link #MISSING} where the item was not given. Items with maxCategory 1 are fitted as 2PL, the
 * others as graded response items.
 */
public final class ResponseMatrix {
  public static final int MISSING = -1;

  private final List<String> itemIds;
  private final int[] maxCategories;
  private final int[][] responses;

  public ResponseMatrix(List<String> itemIds, int[] maxCategories, int[][] responses) {
    if (itemIds.size() != maxCategories.length) {
      throw new IllegalArgumentException("one maximum category per item");
    }
    for (int i = 0; i < responses.length; i++) {
      if (responses[i].length != itemIds.size()) {
        throw new IllegalArgumentException("person " + i + " has " + responses[i].length + " responses, not "
            + itemIds.size());
      }
      for (int j = 0; j < itemIds.size(); j++) {
        int x = responses[i][j];
        if (x != MISSING && (x < 0 || x > maxCategories[j])) {
          throw new IllegalArgumentException("person " + i + ", item " + itemIds.get(j) + ": category " + x
              + " outside 0.." + maxCategories[j]);
        }
      }
    }
    this.itemIds = List.copyOf(itemIds);
    this.maxCategories = maxCategories.clone();
    this.responses = responses;
  }

  public int persons() {
    return responses.length;
  }

  public int items() {
    return itemIds.size();
  }

  public String itemId(int j) {
    return itemIds.get(j);
  }

  public int maxCategory(int j) {
    return maxCategories[j];
  }

  public int response(int person, int item) {
    return responses[person][item];
  }
}
