package org.saima.shared.table;

/** An uploaded file that cannot be read as a table at all (as opposed to a bad row in it). */
public class TableException extends RuntimeException {
  public TableException(String message) {
    super(message, null, false, false);
  }
}
