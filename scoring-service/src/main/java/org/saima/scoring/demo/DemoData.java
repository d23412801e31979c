package org.saima.scoring.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of the demo selection, chosen so that every state shows: XZ01 and XZ02 decided, XZ03 with
 * half its sheets in, XZ04 waiting for its speeches; one examiner strict enough to be flagged, one re-score.
 */
final class DemoData {
  static final String PASSWORD = "saima-kaoguan-2026";

  record Examiner(String username, String name) {
  }

  static final List<Examiner> EXAMINERS = List.of(new Examiner("kaoguan01", "周建华"), new Examiner("kaoguan02", "李秀英"),
      new Examiner("kaoguan03", "王志刚"), new Examiner("kaoguan04", "张丽萍"), new Examiner("kaoguan05", "刘国栋"),
      new Examiner("kaoguan06", "陈明"), new Examiner("kaoguan07", "赵红梅"));

  /** 任前廉政考试, out of 100: 彭少华 falls below the pass mark of 60. */
  static final Map<String, Integer> INTEGRITY = ordered("陈志远", 92, "林晓燕", 86, "黄建明", 79, "吴海峰", 88, "周雅琴", 90,
      "郑国强", 84, "王丽华", 93, "刘德胜", 87, "张慧敏", 95, "杨振华", 81, "何俊杰", 89, "许文静", 91, "邓立新", 77,
      "冯晓东", 85, "曹玉兰", 83, "彭少华", 58);

  /** 人机对话能力测评 stage scores, out of 100. */
  static final Map<String, String> DIALOGUE = ordered("陈志远", "81.5", "林晓燕", "86.2", "黄建明", "72.4", "吴海峰", "78.9",
      "周雅琴", "84.0", "郑国强", "79.3", "王丽华", "88.1", "刘德胜", "76.8", "张慧敏", "83.5", "杨振华", "80.2",
      "何俊杰", "85.6", "许文静", "82.7", "邓立新", "79.8", "冯晓东", "77.1", "曹玉兰", "81.9");

  /** Who speaks before the panel (1:3 after the dialogue assessment), in drawn order. */
  static final List<String> SPEAKERS = List.of("王丽华", "陈志远", "张慧敏", "何俊杰", "吴海峰", "周雅琴", "冯晓东", "林晓燕",
      "杨振华", "许文静", "郑国强", "曹玉兰", "刘德胜", "邓立新");

  /** Each speaker's panel score; every examiner's total is it plus their own leaning. */
  static final Map<String, Integer> SPEECH = ordered("林晓燕", 84, "陈志远", 88, "吴海峰", 80, "周雅琴", 86, "郑国强", 79,
      "王丽华", 83, "刘德胜", 82, "张慧敏", 87, "杨振华", 78);
  static final int[] LEANING = {0, 2, -1, 3, -2, 1, -7};
  /** Speakers the chief has confirmed; the XZ03 speakers have sheets from the first four examiners only. */
  static final List<String> CONFIRMED = List.of("林晓燕", "陈志远", "吴海峰", "周雅琴", "郑国强", "王丽华");
  static final List<String> HALF_SCORED = List.of("刘德胜", "张慧敏", "杨振华");

  /** 民主推荐 share-mode scores S_j for those still in after the speeches. */
  static final Map<String, String> RECOMMENDATION = ordered("陈志远", "71.5", "林晓燕", "78.0", "周雅琴", "66.0", "王丽华", "74.0");

  private DemoData() {
  }

  /** A total split over 政治素质 20, 岗位认知 20, 工作思路 25, 语言表达 15, 应变能力 20, in half points. */
  static Map<String, BigDecimal> split(int total) {
    BigDecimal t = BigDecimal.valueOf(total);
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    scores.put("政治素质", half(t.multiply(new BigDecimal("0.2"))));
    scores.put("岗位认知", half(t.multiply(new BigDecimal("0.2"))));
    scores.put("语言表达", half(t.multiply(new BigDecimal("0.15"))));
    scores.put("应变能力", half(t.multiply(new BigDecimal("0.2"))));
    BigDecimal rest = t.subtract(scores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    Map<String, BigDecimal> ordered = new LinkedHashMap<>();
    ordered.put("政治素质", scores.get("政治素质"));
    ordered.put("岗位认知", scores.get("岗位认知"));
    ordered.put("工作思路", rest);
    ordered.put("语言表达", scores.get("语言表达"));
    ordered.put("应变能力", scores.get("应变能力"));
    return ordered;
  }

  private static BigDecimal half(BigDecimal value) {
    return value.multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.HALF_UP).divide(BigDecimal.valueOf(2));
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> ordered(Object... pairs) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (V) pairs[i + 1]);
    }
    return map;
  }
}
