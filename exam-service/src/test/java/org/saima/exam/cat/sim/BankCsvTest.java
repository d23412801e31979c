package org.saima.exam.cat.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.exam.cat.model.Dichotomous;
import org.saima.exam.cat.model.GradedResponse;
import org.saima.exam.cat.model.ItemBank;

@DisplayName("The bank CSV reader")
class BankCsvTest {
  @Test
  @DisplayName("reads 2PL, 3PL and GRM rows with the bank's scaling constant")
  void readsModels() throws Exception {
    String csv = """
        id,dimension,model,a,b,c
        Q1,科学决策,2PL,1.2,-0.5,
        Q2,科学决策,3pl,0.9,0.3,0.2
        Q3,沟通协调,GRM,1.5,-1;0;1.2,
        """;
    ItemBank bank = BankCsv.read(new StringReader(csv), 1.702);
    assertEquals(Dichotomous.twoPl(1.2, -0.5, 1.702), bank.item("Q1").orElseThrow().model());
    assertEquals(Dichotomous.threePl(0.9, 0.3, 0.2, 1.702), bank.item("Q2").orElseThrow().model());
    GradedResponse grm = (GradedResponse) bank.item("Q3").orElseThrow().model();
    assertArrayEquals(new double[] {-1, 0, 1.2}, grm.thresholds());
    assertEquals("沟通协调", bank.item("Q3").orElseThrow().dimension());
  }

  @Test
  @DisplayName("names the line of a row it cannot use")
  void badRow() {
    String csv = "id,dimension,model,a,b,c\nQ1,D,2PL,1,0,\nQ2,D,4PL,1,0,\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BankCsv.read(new StringReader(csv), 1.0));
    assertTrue(e.getMessage().startsWith("line 2: unknown model 4PL"), e.getMessage());
  }
}
