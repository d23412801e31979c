package org.saima.scoring.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.shared.table.Table;
import org.saima.shared.table.TableReader;

@DisplayName("Checking a candidate roster")
class RosterTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final Map<String, Long> POSITIONS = Map.of("XZ01", 11L, "XZ02", 12L);

  private static Table csv(String text) {
    return new TableReader(1000).read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<JsonObject> errors(Roster.Result result) {
    return result.errors().stream().map(JsonObject.class::cast).toList();
  }

  @Test
  @DisplayName("good rows become candidates with their position and spreadsheet row number")
  void goodRows() {
    Roster.Result result = Roster.check(csv("""
        姓名,身份证号,岗位代码,工作单位,现任职务,联系电话
        陈志远,330102198503120014,XZ01,临江市发展和改革委员会,综合规划科科长,13900001234
        林晓燕,11010519491231002x,XZ02,临江市统计局,,
        """), POSITIONS, Map.of(), TODAY);
    assertTrue(result.valid(), result.errors().encode());
    assertEquals(2, result.rows().size());
    assertEquals(3, result.rows().get(1).number());
    assertEquals(12L, result.rows().get(1).positionId());
    assertEquals("11010519491231002X", result.rows().get(1).candidate().idCard());
  }

  @Test
  @DisplayName("English headers work as well as the Chinese ones")
  void englishHeaders() {
    Roster.Result result = Roster.check(csv("name,idCard,positionCode,unit\n陈志远,330102198503120014,XZ01,临江市发改委\n"),
        POSITIONS, Map.of(), TODAY);
    assertTrue(result.valid(), result.errors().encode());
  }

  @Test
  @DisplayName("every bad cell is reported with its row, its column as written in the file and the reason")
  void badCells() {
    Roster.Result result = Roster.check(csv("""
        姓名,身份证号,岗位代码,工作单位
        陈志远,330102198503120015,XZ01,临江市发展和改革委员会
        ,330102198503120014,XZ09,
        """), POSITIONS, Map.of(), TODAY);
    assertFalse(result.valid());
    assertEquals(List.of(), result.rows());
    List<JsonObject> errors = errors(result);
    assertEquals(4, errors.size(), result.errors().encode());
    assertEquals(2, errors.get(0).getInteger("row"));
    assertEquals("身份证号", errors.get(0).getString("column"));
    assertTrue(errors.get(0).getString("message").contains("should be 4"));
    assertEquals(List.of("姓名", "岗位代码", "工作单位"), errors.subList(1, 4).stream()
        .map(e -> e.getString("column")).toList());
    assertTrue(errors.stream().skip(1).allMatch(e -> e.getInteger("row") == 3));
  }

  @Test
  @DisplayName("the same person twice in the file, or already in the campaign, is refused")
  void duplicates() {
    Roster.Result result = Roster.check(csv("""
        姓名,身份证号,岗位代码,工作单位
        陈志远,330102198503120014,XZ01,临江市发展和改革委员会
        陈志远,330102198503120014,XZ02,临江市发展和改革委员会
        周雅琴,11010519491231002X,XZ02,临江市财政局
        """), POSITIONS, Map.of("11010519491231002X", 5L), TODAY);
    List<JsonObject> errors = errors(result);
    assertEquals(2, errors.size());
    assertTrue(errors.get(0).getString("message").contains("row 2"));
    assertTrue(errors.get(1).getString("message").contains("candidate 5"));
  }

  @Test
  @DisplayName("a missing required column is one error on the header row")
  void missingColumn() {
    Roster.Result result = Roster.check(csv("姓名,岗位代码,工作单位\n陈志远,XZ01,临江市发展和改革委员会\n"), POSITIONS,
        Map.of(), TODAY);
    assertEquals(1, result.errors().size());
    assertEquals(1, errors(result).get(0).getInteger("row"));
    assertEquals("身份证号", errors(result).get(0).getString("column"));
  }
}
