package org.saima.live.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.live.poll.AudienceScore.Bin;

@DisplayName("Audience score for the current speaker")
class AudienceScoringTest {
  @Test
  @DisplayName("mean, 10% trimmed mean and distribution of ten scores")
  void tenScores() {
    AudienceScore score = AudienceScoring.DEFAULT.score(List.of(60, 70, 75, 80, 80, 85, 90, 95, 100, 20));
    // sum 755 / 10 = 75.50
    assertEquals(755, score.sum());
    assertEquals(new BigDecimal("75.50"), score.mean().orElseThrow());
    // ⌊10 × 0.10⌋ = 1 each side: drop 20 and 100 → 635 / 8 = 79.375 → 79.38
    assertEquals(1, score.trimmedEachSide());
    assertEquals(635, score.trimmedSum());
    assertEquals(new BigDecimal("79.38"), score.trimmedMean().orElseThrow());
    assertEquals(List.of(new Bin(0, 9, 0), new Bin(10, 19, 0), new Bin(20, 29, 1), new Bin(30, 39, 0),
        new Bin(40, 49, 0), new Bin(50, 59, 0), new Bin(60, 69, 1), new Bin(70, 79, 2), new Bin(80, 89, 3),
        new Bin(90, 100, 3)), score.distribution());
  }

  @Test
  @DisplayName("below ten scores nothing is trimmed")
  void fewScores() {
    AudienceScore score = AudienceScoring.DEFAULT.score(List.of(0, 50, 100));
    assertEquals(0, score.trimmedEachSide()); // ⌊3 × 0.10⌋ = 0
    assertEquals(score.mean(), score.trimmedMean());
    assertEquals(new BigDecimal("50.00"), score.mean().orElseThrow());
  }

  @Test
  @DisplayName("a configured trim of 25% and bins of 25")
  void configured() {
    AudienceScore score = new AudienceScoring(new BigDecimal("0.25"), 25).score(List.of(10, 30, 40, 60, 70, 99, 100, 100));
    // ⌊8 × 0.25⌋ = 2 each side: drop 10, 30 and 100, 100 → (40 + 60 + 70 + 99) / 4 = 269 / 4 = 67.25
    assertEquals(new BigDecimal("67.25"), score.trimmedMean().orElseThrow());
    assertEquals(List.of(new Bin(0, 24, 1), new Bin(25, 49, 2), new Bin(50, 74, 2), new Bin(75, 100, 3)), score.distribution());
  }

  @Test
  @DisplayName("no scores yet: no mean, empty bins")
  void noScores() {
    AudienceScore score = AudienceScoring.DEFAULT.score(List.of());
    assertTrue(score.mean().isEmpty());
    assertTrue(score.trimmedMean().isEmpty());
    assertEquals(10, score.distribution().size());
  }

  @Test
  @DisplayName("a score outside 0..100, a trim of half or more, or a bin width not dividing 100 is refused")
  void refusals() {
    assertThrows(IllegalArgumentException.class, () -> AudienceScoring.DEFAULT.score(List.of(101)));
    assertThrows(IllegalArgumentException.class, () -> AudienceScoring.DEFAULT.score(List.of(-1)));
    assertThrows(IllegalArgumentException.class, () -> new AudienceScoring(new BigDecimal("0.5"), 10));
    assertThrows(IllegalArgumentException.class, () -> new AudienceScoring(new BigDecimal("0.1"), 30));
  }
}
