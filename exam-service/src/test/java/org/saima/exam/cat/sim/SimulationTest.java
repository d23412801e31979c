package org.saima.exam.cat.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.exam.cat.model.Dichotomous;
import org.saima.exam.cat.model.ItemBank;
import org.saima.exam.cat.model.Unit;
import org.saima.exam.cat.session.StopReason;

@DisplayName("The simulation")
class SimulationTest {
  @Test
  @DisplayName("generates a reproducible 2PL bank with a in range, dimensions in turn")
  void generator() {
    ItemBank bank = BankGenerator.twoPl(200, List.of("A", "B"), 0.8, 2.0, 1.0, 7L);
    assertEquals(200, bank.size());
    assertEquals(100, bank.unitsIn("B").size());
    double meanB = 0;
    for (Unit u : bank.units()) {
      Dichotomous m = (Dichotomous) u.firstItem().model();
      assertTrue(m.a() >= 0.8 && m.a() < 2.0);
      assertEquals(0.0, m.c());
      meanB += m.b() / 200;
    }
    assertTrue(Math.abs(meanB) < 0.25, "mean b " + meanB);
    assertEquals(bank.units(), BankGenerator.twoPl(200, List.of("A", "B"), 0.8, 2.0, 1.0, 7L).units());
  }

  @Test
  @DisplayName("draws the category whose cumulative probability first exceeds u")
  void drawsCategories() {
    double[] p = {0.2, 0.5, 0.3};
    assertEquals(0, Simulee.drawCategory(p, 0.0));
    assertEquals(0, Simulee.drawCategory(p, 0.19));
    assertEquals(1, Simulee.drawCategory(p, 0.2));
    assertEquals(1, Simulee.drawCategory(p, 0.69));
    assertEquals(2, Simulee.drawCategory(p, 0.7));
    assertEquals(2, Simulee.drawCategory(p, 0.999999));
  }

  @Test
  @DisplayName("runs from the command line options, reproducibly, and recovers θ on a small run")
  void smallRun() throws Exception {
    SimulateOptions options = SimulateOptions.parse(
        "--items", "120", "--simulees", "150", "--stop", "fixed", "--max", "20", "--top", "1", "--seed", "3");
    SimulationSummary first = Simulate.run(options, quiet());
    SimulationSummary again = Simulate.run(options, quiet());
    assertEquals(first, again);
    Accuracy accuracy = first.accuracy().get("D");
    assertTrue(accuracy.rmse() < 0.4, "RMSE " + accuracy.rmse());
    assertTrue(accuracy.correlation() > 0.9, "r " + accuracy.correlation());
    assertEquals(20.0, first.meanUnits());
    assertEquals(150, first.stopReasons().get(StopReason.MAX_LENGTH_REACHED));
  }

  @Test
  @DisplayName("spreads exposure with randomesque selection and stops on SE when asked")
  void exposureAndSeStop() throws Exception {
    SimulationSummary pure = Simulate.run(SimulateOptions.parse(
        "--items", "120", "--simulees", "100", "--stop", "fixed", "--max", "15", "--top", "1"), quiet());
    SimulationSummary spread = Simulate.run(SimulateOptions.parse(
        "--items", "120", "--simulees", "100", "--stop", "fixed", "--max", "15", "--top", "5"), quiet());
    assertEquals(1.0, pure.maxExposure().get("D"));
    assertTrue(spread.maxExposure().get("D") < 0.9, "max exposure " + spread.maxExposure());
    SimulationSummary bySe = Simulate.run(SimulateOptions.parse(
        "--items", "120", "--simulees", "100", "--target-se", "0.4", "--top", "1"), quiet());
    assertTrue(bySe.meanUnits() < 30 && bySe.meanUnits() >= 10, "mean length " + bySe.meanUnits());
    assertTrue(bySe.stopReasons().get(StopReason.TARGET_SE_REACHED) > 50, bySe.stopReasons().toString());
  }

  @Test
  @DisplayName("rejects unknown options")
  void unknownOption() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SimulateOptions.parse("--bogus", "1")).getMessage().contains("--bogus"));
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
