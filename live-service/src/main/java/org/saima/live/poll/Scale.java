package org.saima.live.poll;

import java.util.List;
import java.util.Set;

/** The levels of a rating poll, best first. */
public record Scale(String name, List<String> levels) {
  /** 民主测评: 优秀 excellent / 称职 competent / 基本称职 basically competent / 不称职 incompetent. */
  public static final Scale EVALUATION = new Scale("民主测评", List.of("优秀", "称职", "基本称职", "不称职"));
  /** 满意度: 满意 satisfied / 基本满意 basically satisfied / 不满意 dissatisfied. */
  public static final Scale SATISFACTION = new Scale("满意度", List.of("满意", "基本满意", "不满意"));

  public Scale {
    levels = List.copyOf(levels);
    if (levels.size() < 2 || Set.copyOf(levels).size() != levels.size()) {
      throw new IllegalArgumentException("A scale needs at least two distinct levels, got " + levels);
    }
  }
}
