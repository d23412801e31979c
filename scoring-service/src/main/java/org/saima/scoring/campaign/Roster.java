package org.saima.scoring.campaign;

import io.vertx.core.json.JsonArray;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saima.shared.http.Problem;
import org.saima.shared.table.Table;

/**
 * Checks a candidate roster read from a file, row by row, against the campaign's positions and the
 * candidates it already has. Either every row is good and {@link Result#rows()} holds them all, or
 * {@link Result#errors()} says, for each bad cell, its row, its column and what is wrong.
 */
public final class Roster {
  /** The columns of the roster template; a file may use the Chinese or the English header. */
  public enum Column {
    NAME(true, "姓名", "name"),
    ID_CARD(true, "身份证号", "idcard", "身份证号码", "公民身份号码", "id_card"),
    POSITION(true, "岗位代码", "positioncode", "报考岗位代码", "position"),
    UNIT(true, "工作单位", "unit", "单位"),
    CURRENT_POST(false, "现任职务", "currentpost", "职务"),
    PHONE(false, "联系电话", "phone", "手机");

    final boolean required;
    final List<String> headers;

    Column(boolean required, String... headers) {
      this.required = required;
      this.headers = List.of(headers);
    }

    public String title() {
      return headers.get(0);
    }
  }

  public record Row(int number, long positionId, CandidateInput candidate) {
  }

  public record Result(List<Row> rows, JsonArray errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  private Roster() {
  }

  public static Result check(Table table, Map<String, Long> positionsByCode, Map<String, Long> existingByIdCard,
      LocalDate today) {
    JsonArray errors = new JsonArray();
    Map<Column, String> headers = headers(table, errors);
    if (!errors.isEmpty()) {
      return new Result(List.of(), errors);
    }
    if (table.rows().isEmpty()) {
      errors.add(Problem.cell(2, headers.get(Column.NAME), "the file has no candidate rows"));
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Table.Row line : table.rows()) {
      Row row = checkRow(line, headers, positionsByCode, existingByIdCard, seen, today, errors);
      if (row != null) {
        rows.add(row);
      }
    }
    return new Result(errors.isEmpty() ? rows : List.of(), errors);
  }

  private static Map<Column, String> headers(Table table, JsonArray errors) {
    Map<Column, String> found = new HashMap<>();
    for (String header : table.headers()) {
      String key = header.replaceAll("\\s", "").toLowerCase();
      for (Column column : Column.values()) {
        if (column.headers.contains(key) && !found.containsKey(column)) {
          found.put(column, header);
        }
      }
    }
    for (Column column : Column.values()) {
      if (column.required && !found.containsKey(column)) {
        errors.add(Problem.cell(1, column.title(), "the column " + column.title() + " is missing from the header row"));
      }
    }
    return found;
  }

  private static Row checkRow(Table.Row line, Map<Column, String> headers, Map<String, Long> positionsByCode,
      Map<String, Long> existingByIdCard, Map<String, Integer> seen, LocalDate today, JsonArray errors) {
    int before = errors.size();
    int n = line.number();
    String name = cell(line, headers, Column.NAME);
    if (name.isEmpty() || name.length() > 50) {
      errors.add(Problem.cell(n, headers.get(Column.NAME), name.isEmpty() ? "the name is empty" : "the name is longer than 50 characters"));
    }
    String idCard = IdCard.normalize(cell(line, headers, Column.ID_CARD));
    String idProblem = idCardProblem(idCard, existingByIdCard, seen, today);
    if (idProblem != null) {
      errors.add(Problem.cell(n, headers.get(Column.ID_CARD), idProblem));
    } else {
      seen.put(idCard, n);
    }
    String code = cell(line, headers, Column.POSITION);
    Long positionId = positionsByCode.get(code);
    if (positionId == null) {
      errors.add(Problem.cell(n, headers.get(Column.POSITION), code.isEmpty() ? "the position code is empty"
          : "the campaign has no position with code " + code));
    }
    String unit = cell(line, headers, Column.UNIT);
    if (unit.isEmpty() || unit.length() > 200) {
      errors.add(Problem.cell(n, headers.get(Column.UNIT), unit.isEmpty() ? "the unit is empty" : "the unit is longer than 200 characters"));
    }
    String phone = cell(line, headers, Column.PHONE);
    if (!phone.isEmpty() && !phone.matches(CandidateInput.PHONE)) {
      errors.add(Problem.cell(n, headers.get(Column.PHONE), "not a telephone number"));
    }
    if (errors.size() > before) {
      return null;
    }
    return new Row(n, positionId, new CandidateInput(name, idCard, unit, cell(line, headers, Column.CURRENT_POST), phone));
  }

  private static String idCardProblem(String idCard, Map<String, Long> existing, Map<String, Integer> seen,
      LocalDate today) {
    if (idCard.startsWith("#NUMBER:")) {
      return "Excel stored this number as a number and lost digits; format the column as text and type it again";
    }
    if (idCard.isEmpty()) {
      return "the identity card number is empty";
    }
    String problem = IdCard.problem(idCard, today);
    if (problem != null) {
      return "the identity card number " + problem;
    }
    if (seen.containsKey(idCard)) {
      return "the same identity card number is already on row " + seen.get(idCard);
    }
    if (existing.containsKey(idCard)) {
      return "this person is already a candidate in the campaign (candidate " + existing.get(idCard) + ")";
    }
    return null;
  }

  private static String cell(Table.Row line, Map<Column, String> headers, Column column) {
    String header = headers.get(column);
    return header == null ? "" : line.get(header);
  }
}
