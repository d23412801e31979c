package org.saima.shared.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Differential check (差额)")
class DifferentialRuleTest {
  private static final DifferentialRule TWENTY_PERCENT = DifferentialRule.TWENTY_PERCENT;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  @DisplayName("9 seats at 20% need 11 candidates; 10 are refused with the numbers, 11 accepted")
  void nineSeats() {
    // ⌈9 × 0.20⌉ = ⌈1.8⌉ = 2 → 9 + 2 = 11
    DifferentialRule.Check refused = TWENTY_PERCENT.check(9, 10);
    assertFalse(refused.satisfied());
    assertEquals(11, refused.minimumCandidates());
    assertEquals("9 seats need at least 11 candidates (9 + ⌈9 × 20%⌉, at least 1, = 9 + 2); 10 given: refused, 1 more needed",
        refused.explain());
    assertTrue(TWENTY_PERCENT.check(9, 11).satisfied());
  }

  @Test
  @DisplayName("rounding up: 5 seats at 20% need 6, 1 seat at 20% needs 2, 10 seats at 50% need 15")
  void roundingUp() {
    assertEquals(6, TWENTY_PERCENT.check(5, 0).minimumCandidates()); // 5 × 0.2 = 1 exactly
    assertEquals(2, TWENTY_PERCENT.check(1, 0).minimumCandidates()); // ⌈0.2⌉ = 1
    assertEquals(15, new DifferentialRule(d("0.5")).check(10, 0).minimumCandidates());
  }

  @Test
  @DisplayName("exact decimals: 100 seats at 7% need 107, where a double would demand 108")
  void noBinaryDoubles() {
    assertEquals(107, new DifferentialRule(d("0.07")).check(100, 107).minimumCandidates());
    assertEquals(8.0, Math.ceil(100 * 0.07), "the trap: 100 × 0.07 = 7.000000000000001 in binary");
  }

  @Test
  @DisplayName("a ratio of 0 still needs one candidate more than seats")
  void atLeastOneMore() {
    DifferentialRule.Check check = new DifferentialRule(d("0")).check(3, 3);
    assertEquals(4, check.minimumCandidates());
    assertFalse(check.satisfied());
  }
}
