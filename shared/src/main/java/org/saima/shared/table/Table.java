package org.saima.shared.table;

import java.util.List;
import java.util.Map;

/**
 * A sheet read from an uploaded xlsx or CSV file: the header cells, and each data row with the row
 * number a person sees in Excel (the header is row 1).
 */
public record Table(List<String> headers, List<Row> rows) {

  public record Row(int number, Map<String, String> cells) {
    /** The trimmed text under a column, or "" when the cell is empty or the column is missing. */
    public String get(String column) {
      String value = cells.get(column);
      return value == null ? "" : value.trim();
    }

    public boolean isBlank() {
      return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }
  }
}
