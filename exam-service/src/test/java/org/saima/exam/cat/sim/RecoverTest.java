package org.saima.exam.cat.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.exam.cat.calibrate.CalibrationResult;

@DisplayName("The parameter recovery command")
class RecoverTest {
  @Test
  @DisplayName("calibrates a generated mixed bank and prints a row per item type")
  void smallRun() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CalibrationResult result = Recover.run(600, 8, 3, 4, 0.1, 5L, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertTrue(result.converged());
    assertEquals(11, result.items().size());
    assertEquals(3, result.items().get(10).b().size());
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("| 2PL (8) |") && printed.contains("| GRM (3) |"), printed);
  }
}
