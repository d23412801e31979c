package org.saima.scoring.ranking;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.saima.scoring.common.XlsxBook;
import org.saima.scoring.stage.Stage;

/**
 * The final result sheet (综合成绩及拟提名人选) and one sheet per stage with who went on and why, as xlsx.
 * Built from the same JSON the pages show, so the file and the page cannot disagree.
 */
final class RankingWorkbook {
  private RankingWorkbook() {
  }

  static byte[] build(String campaignName, CampaignSelection selection, JsonObject ranking) {
    try (XlsxBook book = new XlsxBook()) {
      book.sheet("综合成绩", campaignName + " 综合成绩及拟提名人选", finalHeaders(selection), finalRows(selection, ranking));
      for (Stage stage : selection.stages()) {
        book.sheet(stage.seq() + " " + stage.name(), campaignName + " " + stage.name() + "（截至本环节的综合成绩与差额遴选）",
            List.of("岗位", "名次", "姓名", "工作单位", "本环节成绩（百分制）", "截至本环节综合成绩", "结果", "原因"),
            roundRows(stage, ranking));
      }
      return book.bytes();
    }
  }

  private static List<String> finalHeaders(CampaignSelection selection) {
    List<String> headers = new ArrayList<>(List.of("岗位", "职数", "名次", "姓名", "工作单位", "现任职务"));
    selection.stages().forEach(s -> headers.add(s.name() + "（" + weightText(s) + "）"));
    headers.addAll(List.of("综合成绩", "计算过程", "结果", "原因"));
    return headers;
  }

  private static List<List<Object>> finalRows(CampaignSelection selection, JsonObject ranking) {
    List<List<Object>> rows = new ArrayList<>();
    for (JsonObject position : objects(ranking.getJsonArray("positions"))) {
      JsonObject last = position.getJsonObject("final");
      if (last == null) {
        rows.add(List.of(label(position), position.getInteger("seats"), "", "尚未完成：" + status(position)));
        continue;
      }
      for (JsonObject c : objects(last.getJsonArray("candidates"))) {
        List<Object> row = new ArrayList<>(List.of(label(position), position.getInteger("seats"), c.getInteger("rank"),
            c.getString("name"), c.getString("unit"), c.getString("currentPost")));
        selection.stages().forEach(s -> row.add(decimal(c.getJsonObject("normalized").getString(s.code()))));
        row.addAll(List.of(decimal(c.getString("composite")), c.getString("formula"), outcome(c.getString("outcome")),
            reason(c)));
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<List<Object>> roundRows(Stage stage, JsonObject ranking) {
    List<List<Object>> rows = new ArrayList<>();
    for (JsonObject position : objects(ranking.getJsonArray("positions"))) {
      JsonObject round = objects(position.getJsonArray("rounds")).stream()
          .filter(r -> r.getString("stage").equals(stage.code())).findFirst().orElse(null);
      if (round == null || round.getJsonArray("candidates") == null) {
        rows.add(List.of(label(position), "", "尚未进行或成绩未齐"));
        continue;
      }
      for (JsonObject c : objects(round.getJsonArray("candidates"))) {
        rows.add(List.of(label(position), c.getInteger("rank"), c.getString("name"), c.getString("unit"),
            decimal(c.getJsonObject("normalized").getString(stage.code())), decimal(c.getString("composite")),
            outcome(c.getString("outcome")), reason(c)));
      }
    }
    return rows;
  }

  private static String label(JsonObject position) {
    return position.getString("code") + " " + position.getString("name");
  }

  private static String weightText(Stage stage) {
    return "权重 " + stage.weight().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
  }

  private static BigDecimal decimal(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  private static String status(JsonObject position) {
    return switch (position.getString("status")) {
      case "waiting-for-scores" -> "成绩未齐";
      case "waiting-for-decision" -> "并列待组织决定";
      case "setup-problem" -> position.getString("problem");
      default -> position.getString("status");
    };
  }

  static String outcome(String code) {
    return switch (code) {
      case "in" -> "进入下一环节";
      case "out" -> "未进入";
      case "nominated" -> "拟提名";
      case "not-nominated" -> "未提名";
      case "awaiting-decision" -> "并列，待组织决定";
      default -> code;
    };
  }

  static String reason(JsonObject c) {
    String base = switch (c.getString("reason", "")) {
      case "within-ratio" -> "名次在差额比例之内";
      case "beyond-ratio" -> "名次在差额比例之外";
      case "within-seats" -> "名次在职数之内";
      case "beyond-seats" -> "名次在职数之外";
      case "tied-at-cut-off" -> "与末位并列";
      case "below-pass-mark" -> "未达合格分数线";
      case "passed" -> "达到合格分数线";
      case "no-shortlist" -> "本环节不设差额";
      default -> c.getString("reason", "");
    };
    JsonArray failed = c.getJsonArray("failedPassMarks", new JsonArray());
    return failed.isEmpty() ? base : base + "：" + String.join("；", failed.stream().map(String::valueOf).toList());
  }

  private static List<JsonObject> objects(JsonArray array) {
    return array == null ? List.of() : array.stream().map(JsonObject.class::cast).toList();
  }
}
