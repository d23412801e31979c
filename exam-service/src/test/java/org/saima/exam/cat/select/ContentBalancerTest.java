package org.saima.exam.cat.select;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Content balancing")
class ContentBalancerTest {
  private static DimensionStatus dim(String code, double share, int given) {
    return new DimensionStatus(code, share, given, false, true);
  }

  @Test
  @DisplayName("starts with the dimension of the largest share, the first one listed on a tie")
  void start() {
    assertEquals(Optional.of("B"), ContentBalancer.next(List.of(dim("A", 0.3, 0), dim("B", 0.5, 0), dim("C", 0.2, 0)), true));
    assertEquals(Optional.of("A"), ContentBalancer.next(List.of(dim("A", 0.5, 0), dim("B", 0.5, 0)), true));
  }

  @Test
  @DisplayName("picks the dimension furthest below its share: with 10 given as 5/3/2 against 0.4/0.4/0.2, B")
  void furthestBelow() {
    // shortfalls: A 0.4 − 5/10 = −0.1, B 0.4 − 3/10 = 0.1, C 0.2 − 2/10 = 0
    assertEquals(Optional.of("B"), ContentBalancer.next(List.of(dim("A", 0.4, 5), dim("B", 0.4, 3), dim("C", 0.2, 2)), true));
  }

  @Test
  @DisplayName("follows shares 2:1 as A, B, A, A, B, A")
  void sequence() {
    int a = 0;
    int b = 0;
    StringBuilder order = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      String next = ContentBalancer.next(List.of(dim("A", 2.0 / 3, a), dim("B", 1.0 / 3, b)), true).orElseThrow();
      order.append(next);
      if (next.equals("A")) {
        a++;
      } else {
        b++;
      }
    }
    assertEquals("ABAABA", order.toString());
  }

  @Test
  @DisplayName("treats shortfalls equal up to rounding as ties, settled by the test's order")
  void roundingTie() {
    // A: 0.6 − 1/2 = 0.09999999999999998 in doubles, B: 0.1 − 0/2 = 0.1; both are 1/10 exactly
    List<DimensionStatus> statuses = List.of(dim("A", 0.6, 1), dim("B", 0.1, 0), dim("C", 0.3, 1));
    assertEquals(Optional.of("A"), ContentBalancer.next(statuses, true));
  }

  @Test
  @DisplayName("skips dimensions at their SE target or out of units, and finds none when all are")
  void skips() {
    DimensionStatus atTarget = new DimensionStatus("A", 0.6, 0, true, true);
    DimensionStatus empty = new DimensionStatus("B", 0.3, 0, false, false);
    DimensionStatus open = new DimensionStatus("C", 0.1, 5, false, true);
    assertEquals(Optional.of("C"), ContentBalancer.next(List.of(atTarget, empty, open), true));
    assertEquals(Optional.of("A"), ContentBalancer.next(List.of(atTarget, empty, open), false));
    assertEquals(Optional.empty(), ContentBalancer.next(List.of(atTarget, empty), true));
  }
}
