package org.saima.live.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.live.poll.RatingCount.SubjectRating;

@DisplayName("Rating and satisfaction polls")
class RatingCountTest {
  private static final RatingPoll EVALUATION = new RatingPoll(Scale.EVALUATION, List.of("李明"), List.of("领导班子", "中层干部", "普通职工"));

  /** {@code n} ballots of a category all giving the subject {@code level} (null: unrated). */
  private static List<RatingPoll.Ballot> times(int n, String category, String subject, String level) {
    Map<String, String> ratings = level == null ? Map.of() : Map.of(subject, level);
    return Collections.nCopies(n, new RatingPoll.Ballot(category, ratings));
  }

  private static List<RatingPoll.Ballot> evaluationBallots() {
    List<RatingPoll.Ballot> ballots = new ArrayList<>();
    ballots.addAll(times(2, "领导班子", "李明", "优秀"));
    ballots.addAll(times(1, "领导班子", "李明", "称职"));
    ballots.addAll(times(3, "中层干部", "李明", "优秀"));
    ballots.addAll(times(2, "中层干部", "李明", "称职"));
    ballots.addAll(times(4, "普通职工", "李明", "优秀"));
    ballots.addAll(times(5, "普通职工", "李明", "称职"));
    ballots.addAll(times(2, "普通职工", "李明", "基本称职"));
    ballots.addAll(times(1, "普通职工", "李明", "不称职"));
    ballots.addAll(times(1, "普通职工", "李明", null));
    return ballots;
  }

  @Test
  @DisplayName("民主测评: counts and shares per level overall, over the ballots that rated the subject")
  void overall() {
    SubjectRating rating = RatingCount.tally(EVALUATION, evaluationBallots()).get(0);
    LevelCounts all = rating.overall();
    // 优秀 2 + 3 + 4 = 9, 称职 1 + 2 + 5 = 8, 基本称职 2, 不称职 1 → rated 20, unrated 1
    assertEquals(Map.of("优秀", 9, "称职", 8, "基本称职", 2, "不称职", 1), all.counts());
    assertEquals(20, all.rated());
    assertEquals(1, all.unrated());
    assertEquals(new BigDecimal("45.00"), all.share("优秀")); // 9 / 20
    assertEquals(new BigDecimal("85.00"), all.atOrAbove("称职")); // (9 + 8) / 20, 称职及以上
    assertEquals(new BigDecimal("5.00"), all.share("不称职"));
    assertEquals(new BigDecimal("100.00"), all.atOrAbove("不称职"));
  }

  @Test
  @DisplayName("民主测评: the breakdown per voter category")
  void perCategory() {
    SubjectRating rating = RatingCount.tally(EVALUATION, evaluationBallots()).get(0);
    LevelCounts team = rating.byCategory().get("领导班子");
    assertEquals(3, team.rated());
    assertEquals(new BigDecimal("66.67"), team.share("优秀")); // 2 / 3
    LevelCounts staff = rating.byCategory().get("普通职工");
    assertEquals(12, staff.rated());
    assertEquals(1, staff.unrated());
    assertEquals(new BigDecimal("75.00"), staff.atOrAbove("称职")); // (4 + 5) / 12
    assertEquals(List.of("领导班子", "中层干部", "普通职工"), List.copyOf(rating.byCategory().keySet()));
  }

  @Test
  @DisplayName("satisfaction: 满意 + 基本满意 over all who answered the question")
  void satisfaction() {
    RatingPoll poll = new RatingPoll(Scale.SATISFACTION, List.of("窗口服务"), List.of("群众"));
    List<RatingPoll.Ballot> ballots = new ArrayList<>();
    ballots.addAll(times(7, "群众", "窗口服务", "满意"));
    ballots.addAll(times(2, "群众", "窗口服务", "基本满意"));
    ballots.addAll(times(1, "群众", "窗口服务", "不满意"));
    LevelCounts counts = RatingCount.tally(poll, ballots).get(0).overall();
    assertEquals(new BigDecimal("90.00"), counts.atOrAbove("基本满意")); // (7 + 2) / 10
    assertEquals(new BigDecimal("70.00"), counts.share("满意"));
  }

  @Test
  @DisplayName("a subject nobody rated has shares of 0.00")
  void nobodyRated() {
    LevelCounts counts = RatingCount.tally(EVALUATION, times(3, "普通职工", "李明", null)).get(0).overall();
    assertEquals(0, counts.rated());
    assertEquals(new BigDecimal("0.00"), counts.share("优秀"));
  }

  @Test
  @DisplayName("a level outside the scale, an unknown subject or an unknown category is rejected")
  void badBallots() {
    assertThrows(IllegalArgumentException.class, () -> RatingCount.tally(EVALUATION, times(1, "普通职工", "李明", "满意")));
    assertThrows(IllegalArgumentException.class, () -> RatingCount.tally(EVALUATION, times(1, "普通职工", "王强", "优秀")));
    assertThrows(IllegalArgumentException.class, () -> RatingCount.tally(EVALUATION, times(1, "外来人员", "李明", "优秀")));
  }
}
