package org.saima.scoring.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Resident identity card numbers")
class IdCardTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  @Test
  @DisplayName("the check character follows ISO 7064 MOD 11-2 (worked example from GB 11643)")
  void checkCharacter() {
    // 11010519491231002: weighted sum 167, 167 mod 11 = 2, which maps to X.
    assertEquals('X', IdCard.checkCharacter("11010519491231002"));
    assertEquals('4', IdCard.checkCharacter("33010219850312001"));
    assertNull(IdCard.problem("11010519491231002X", TODAY));
  }

  @Test
  @DisplayName("wrong length, impossible dates, future births and wrong check characters are refused")
  void problems() {
    assertTrue(IdCard.problem("33010219850312001", TODAY).contains("18 characters"));
    assertTrue(IdCard.problem("330102198502300014", TODAY).contains("birth date"));
    assertTrue(IdCard.problem("330102202712010014", TODAY).contains("birth date"));
    assertTrue(IdCard.problem("330102198503120015", TODAY).contains("should be 4"));
  }

  @Test
  @DisplayName("normalizing upper-cases x and drops spaces; gender comes from the 17th digit")
  void normalizeAndGender() {
    assertEquals("11010519491231002X", IdCard.normalize(" 110105 19491231 002x "));
    assertEquals("女", IdCard.gender("11010519491231002X"));
    assertEquals("男", IdCard.gender("330102198503120014"));
    assertEquals(LocalDate.of(1949, 12, 31), IdCard.birthDate("11010519491231002X"));
  }

  @Test
  @DisplayName("the masked form keeps the region and the last four characters only")
  void mask() {
    assertEquals("110105********002X", IdCard.mask("11010519491231002X"));
  }
}
