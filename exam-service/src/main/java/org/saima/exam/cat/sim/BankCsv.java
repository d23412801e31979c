package org.saima.exam.cat.sim;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.saima.exam.cat.model.Dichotomous;
import org.saima.exam.cat.model.GradedResponse;
import org.saima.exam.cat.model.Item;
import org.saima.exam.cat.model.ItemBank;
import org.saima.exam.cat.model.ItemModel;
import org.saima.exam.cat.model.Unit;

/**
 * Reads item parameters from CSV with the header {@code id,dimension,model,a,b,c}: model is 2PL,
 * 3PL or GRM; for GRM, b holds the thresholds separated by semicolons and c stays empty.
 */
public final class BankCsv {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

  private BankCsv() {
  }

  public static ItemBank read(Reader reader, double scaling) throws IOException {
    List<Unit> units = new ArrayList<>();
    for (CSVRecord row : FORMAT.parse(reader)) {
      try {
        units.add(Item.scored(row.get("id"), row.get("dimension"), model(row, scaling)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + row.getRecordNumber() + ": " + e.getMessage(), e);
      }
    }
    return new ItemBank(scaling, units);
  }

  private static ItemModel model(CSVRecord row, double scaling) {
    double a = Double.parseDouble(row.get("a"));
    String b = row.get("b");
    return switch (row.get("model").toUpperCase(Locale.ROOT)) {
      case "2PL" -> Dichotomous.twoPl(a, Double.parseDouble(b), scaling);
      case "3PL" -> Dichotomous.threePl(a, Double.parseDouble(b), Double.parseDouble(row.get("c")), scaling);
      case "GRM" -> new GradedResponse(a, Arrays.stream(b.split(";")).mapToDouble(Double::parseDouble).toArray(),
          scaling);
      default -> throw new IllegalArgumentException("unknown model " + row.get("model") + " (2PL, 3PL or GRM)");
    };
  }
}
