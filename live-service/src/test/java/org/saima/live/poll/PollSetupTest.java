package org.saima.live.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.live.poll.ApprovalPoll.ThresholdBasis;
import org.saima.live.poll.RecommendationPoll.Mode;
import org.saima.shared.rules.DifferentialRule;

@DisplayName("Poll setup validation")
class PollSetupTest {
  private static final PollSetup SETUP = new PollSetup(DifferentialRule.TWENTY_PERCENT);

  private static List<String> candidates(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "C" + i).toList();
  }

  @Test
  @DisplayName("K ≥ N is refused")
  void kAtLeastN() {
    SetupCheck check = SETUP.check(new ChoosePoll(candidates(5), 5));
    assertFalse(check.accepted());
    assertEquals("K ≥ N: choose up to 5 of 5 candidates is not a differential vote", check.refusals().get(0));
  }

  @Test
  @DisplayName("fewer candidates than the differential ratio requires are refused with the numbers")
  void differential() {
    // 9 seats: 9 + ⌈9 × 20%⌉ = 9 + 2 = 11
    SetupCheck check = SETUP.check(ApprovalPoll.of(candidates(10), 9, 40));
    assertEquals(List.of("9 seats need at least 11 candidates (9 + ⌈9 × 20%⌉, at least 1, = 9 + 2); 10 given: refused, 1 more needed"),
        check.refusals());
    assertTrue(SETUP.check(ApprovalPoll.of(candidates(11), 9, 40)).accepted());
  }

  @Test
  @DisplayName("the differential minimum is exact: 100 seats at 7% need 107 candidates")
  void exactDifferential() {
    assertTrue(new PollSetup(new DifferentialRule(new BigDecimal("0.07"))).check(new ChoosePoll(candidates(107), 100)).accepted());
  }

  @Test
  @DisplayName("share-mode weights not summing to 1 are refused; ten weights of 0.1 are accepted")
  void weights() {
    SetupCheck bad = SETUP.check(new RecommendationPoll(candidates(5), 2, Mode.SHARE, List.of(
        new VoterCategory("领导班子", new BigDecimal("0.4")), new VoterCategory("中层干部", new BigDecimal("0.3")),
        new VoterCategory("普通职工", new BigDecimal("0.2")))));
    assertEquals(List.of("In share mode the category weights must sum to 1; they sum to 0.9"), bad.refusals());
    List<VoterCategory> tenths = IntStream.range(0, 10).mapToObj(i -> new VoterCategory("类" + i, new BigDecimal("0.1"))).toList();
    assertTrue(SETUP.check(new RecommendationPoll(candidates(5), 2, Mode.SHARE, tenths)).accepted());
  }

  @Test
  @DisplayName("multiplier mode does not need multipliers summing to 1, but each must be above 0")
  void multipliers() {
    assertTrue(SETUP.check(new RecommendationPoll(candidates(5), 2, Mode.MULTIPLIER, List.of(
        new VoterCategory("领导班子", new BigDecimal("3")), new VoterCategory("普通职工", BigDecimal.ONE)))).accepted());
    SetupCheck zero = SETUP.check(new RecommendationPoll(candidates(5), 2, Mode.MULTIPLIER, List.of(
        new VoterCategory("领导班子", BigDecimal.ZERO))));
    assertEquals(List.of("Voter category 领导班子: multiplier must be above 0, got 0"), zero.refusals());
  }

  @Test
  @DisplayName("no entitled voters, a quorum above 1, K of 0 and repeated candidates are refused")
  void otherRules() {
    assertFalse(SETUP.check(new ApprovalPoll(candidates(3), 1, 0, ThresholdBasis.ENTITLED, Quorum.TWO_THIRDS)).accepted());
    assertFalse(SETUP.check(new ApprovalPoll(candidates(3), 1, 30, ThresholdBasis.ENTITLED, new Quorum(4, 3))).accepted());
    assertFalse(SETUP.check(new ChoosePoll(candidates(3), 0)).accepted());
    assertFalse(SETUP.check(new ChoosePoll(List.of("A", "A", "B"), 1)).accepted());
  }

  @Test
  @DisplayName("a setup that keeps every rule is accepted")
  void accepted() {
    assertTrue(SETUP.check(new ChoosePoll(candidates(18), 15)).accepted()); // 15 + ⌈3⌉ = 18
    assertTrue(SETUP.check(ApprovalPoll.of(candidates(2), 1, 30)).accepted()); // 1 + ⌈0.2⌉ = 2
  }
}
