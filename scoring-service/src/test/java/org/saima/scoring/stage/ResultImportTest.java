package org.saima.scoring.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.shared.table.Table;
import org.saima.shared.table.TableReader;

@DisplayName("Checking a file of stage results")
class ResultImportTest {
  private static final Map<String, ResultImport.Person> ROSTER = Map.of(
      "331002198305140138", new ResultImport.Person(11, "陈志远"),
      "33100219860922024X", new ResultImport.Person(12, "林晓燕"),
      "331002198103070357", new ResultImport.Person(13, "黄建明"));

  private static Table csv(String text) {
    return new TableReader(100).read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> messages(ResultImport.Checked checked) {
    return checked.errors().stream().map(e -> ((JsonObject) e).getInteger("row") + " "
        + ((JsonObject) e).getString("column") + ": " + ((JsonObject) e).getString("message")).toList();
  }

  @Test
  @DisplayName("good rows become results for the candidates named by identity card, with the note kept")
  void goodFile() {
    ResultImport.Checked checked = ResultImport.check(csv("""
        身份证号*,姓名*,成绩*,备注
        331002198305140138,陈志远,128.5,笔试（满分150）
        33100219860922024x,林晓燕,117,
        """), ROSTER, new BigDecimal("150"));
    assertEquals(List.of(), messages(checked));
    assertEquals(List.of(11L, 12L), checked.lines().stream().map(ResultImport.Line::candidateId).toList());
    assertEquals(new BigDecimal("128.5"), checked.lines().get(0).points());
    assertEquals("笔试（满分150）", checked.lines().get(0).note());
  }

  @Test
  @DisplayName("every bad cell is named by row and column, and no row is kept")
  void badFile() {
    ResultImport.Checked checked = ResultImport.check(csv("""
        身份证号,姓名,成绩
        331002198305140138,陈志远,151
        33100219860922024X,林小燕,90
        331002198103070357,黄建明,八十
        331002198305140138,陈志远,88
        110105194912310029,赵敏,70
        """), ROSTER, new BigDecimal("150"));
    assertEquals(List.of(
        "2 成绩: the points must be between 0 and 150 with at most 2 decimals, got 151",
        "3 姓名: the name does not match the candidate with this identity card number (林晓燕)",
        "4 成绩: not a number: 八十",
        "6 身份证号: no candidate of this campaign has this identity card number"), messages(checked));
    assertTrue(checked.lines().isEmpty());
  }

  @Test
  @DisplayName("a file without the points column says which column is missing")
  void missingColumn() {
    ResultImport.Checked checked = ResultImport.check(csv("身份证号,姓名\n331002198305140138,陈志远\n"), ROSTER,
        new BigDecimal("100"));
    assertEquals(List.of("1 成绩: the column 成绩 is missing from the header row"), messages(checked));
  }
}
