package org.saima.scoring.stage;

import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.saima.scoring.campaign.IdCard;
import org.saima.shared.http.Problem;
import org.saima.shared.table.Table;

/**
 * Checks a file of stage results (a stage run on paper or by another body): each row names a candidate of
 * the campaign by identity card number, with the name as a cross-check, and gives the points. Either every
 * row is good or the errors list each bad cell.
 */
final class ResultImport {
  private static final List<String> ID_CARD = List.of("身份证号", "idcard", "身份证号码", "公民身份号码", "id_card");
  private static final List<String> NAME = List.of("姓名", "name");
  private static final List<String> POINTS = List.of("成绩", "得分", "分数", "points", "score");
  private static final List<String> NOTE = List.of("备注", "note");

  record Person(long id, String name) {
  }

  record Line(int row, long candidateId, BigDecimal points, String note) {
  }

  record Checked(List<Line> lines, JsonArray errors) {
  }

  private ResultImport() {
  }

  static Map<String, Person> roster(RowSet<Row> rows) {
    Map<String, Person> byIdCard = new HashMap<>();
    rows.forEach(row -> byIdCard.put(row.getString("id_card"), new Person(row.getLong("id"), row.getString("name"))));
    return byIdCard;
  }

  static Checked check(Table table, Map<String, Person> byIdCard, BigDecimal maxPoints) {
    JsonArray errors = new JsonArray();
    String idCol = header(table, ID_CARD, errors);
    String nameCol = header(table, NAME, errors);
    String pointsCol = header(table, POINTS, errors);
    String noteCol = find(table, NOTE);
    if (!errors.isEmpty()) {
      return new Checked(List.of(), errors);
    }
    List<Line> lines = new ArrayList<>();
    Map<Long, Integer> seen = new HashMap<>();
    for (Table.Row row : table.rows()) {
      Person person = person(row, idCol, nameCol, byIdCard, seen, errors);
      BigDecimal points = points(row, pointsCol, maxPoints, errors);
      if (person != null && points != null) {
        seen.put(person.id(), row.number());
        lines.add(new Line(row.number(), person.id(), points, noteCol == null ? "" : row.get(noteCol)));
      }
    }
    if (table.rows().isEmpty()) {
      errors.add(Problem.cell(2, pointsCol, "the file has no result rows"));
    }
    return new Checked(errors.isEmpty() ? lines : List.of(), errors);
  }

  private static Person person(Table.Row row, String idCol, String nameCol, Map<String, Person> byIdCard,
      Map<Long, Integer> seen, JsonArray errors) {
    String idCard = IdCard.normalize(row.get(idCol));
    Person person = byIdCard.get(idCard);
    if (person == null) {
      errors.add(Problem.cell(row.number(), idCol, idCard.isEmpty() ? "the identity card number is empty"
          : "no candidate of this campaign has this identity card number"));
      return null;
    }
    if (!person.name().equals(row.get(nameCol))) {
      errors.add(Problem.cell(row.number(), nameCol, "the name does not match the candidate with this identity card"
          + " number (" + person.name() + ")"));
      return null;
    }
    if (seen.containsKey(person.id())) {
      errors.add(Problem.cell(row.number(), idCol, "the same candidate is already on row " + seen.get(person.id())));
      return null;
    }
    return person;
  }

  private static BigDecimal points(Table.Row row, String pointsCol, BigDecimal max, JsonArray errors) {
    String text = row.get(pointsCol);
    try {
      BigDecimal points = new BigDecimal(text);
      if (points.signum() < 0 || points.compareTo(max) > 0 || points.stripTrailingZeros().scale() > 2) {
        errors.add(Problem.cell(row.number(), pointsCol, "the points must be between 0 and " + max.stripTrailingZeros()
            .toPlainString() + " with at most 2 decimals, got " + text));
        return null;
      }
      return points;
    } catch (NumberFormatException e) {
      errors.add(Problem.cell(row.number(), pointsCol, text.isEmpty() ? "the points are empty" : "not a number: " + text));
      return null;
    }
  }

  private static String header(Table table, List<String> names, JsonArray errors) {
    String found = find(table, names);
    if (found == null) {
      errors.add(Problem.cell(1, names.get(0), "the column " + names.get(0) + " is missing from the header row"));
    }
    return found;
  }

  private static String find(Table table, List<String> names) {
    return table.headers().stream().filter(h -> names.contains(h.replaceAll("[\\s*]", "").toLowerCase()))
        .findFirst().orElse(null);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
