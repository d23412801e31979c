package org.saima.scoring.stage;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.saima.scoring.common.XlsxBook;

/** A stage's result sheet: every candidate with points, maximum, score on 100, where it came from. */
final class StageWorkbook {
  private StageWorkbook() {
  }

  static byte[] build(Stage stage, List<JsonObject> results) {
    List<List<Object>> rows = new ArrayList<>();
    for (JsonObject r : results) {
      boolean none = r.getString("points") == null;
      rows.add(List.of(r.getString("positionCode") + " " + r.getString("positionName"), r.getString("name"),
          r.getString("unit"), none ? "" : new BigDecimal(r.getString("points")),
          none ? "" : new BigDecimal(r.getString("maxPoints")), none ? "" : new BigDecimal(r.getString("normalized")),
          none ? "暂无成绩" : source(r.getString("source")), none ? "" : r.getString("note", ""),
          none ? "" : r.getString("recordedBy") == null ? "系统" : r.getString("recordedBy")));
    }
    try (XlsxBook book = new XlsxBook()) {
      book.sheet(stage.name(), stage.name() + " 成绩表（满分 " + stage.maxPoints().stripTrailingZeros().toPlainString()
              + "，折算为百分制）",
          List.of("岗位", "姓名", "工作单位", "得分", "满分", "百分制成绩", "来源", "说明", "录入人"), rows);
      return book.bytes();
    }
  }

  static String source(String source) {
    return switch (source) {
      case "panel" -> "考官组评分（主考官确认）";
      case "fact" -> "其他系统发布";
      case "manual" -> "人工录入";
      case "import" -> "文件导入";
      default -> source;
    };
  }
}
