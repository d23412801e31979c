package org.saima.exam.cat.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The command line of {@link Simulate}, with the defaults. */
public record SimulateOptions(
    Optional<String> bankCsv,
    int items,
    List<String> dimensions,
    double aMin,
    double aMax,
    long bankSeed,
    double scaling,
    int simulees,
    long seed,
    boolean fixedLength,
    double targetSe,
    int minItems,
    int maxItems,
    int topN,
    boolean help) {

  public static final String USAGE = String.join("\n",
      "usage: java -cp exam-service.jar org.saima.exam.cat.sim.Simulate [options]",
      "",
      "Simulates the adaptive leadership test: simulees with true θ ~ N(0,1) per dimension answer",
      "from the model; prints bias, RMSE, correlation, mean length, stop reasons, max exposure.",
      "",
      "bank",
      "  --bank-csv FILE     item parameters, header id,dimension,model,a,b,c (model 2PL/3PL/GRM,",
      "                      GRM thresholds in b separated by ';'); otherwise a 2PL bank is generated",
      "  --items N           generated bank size (300)",
      "  --dimensions A,B    dimension codes of the test (D); generated items go to them in turn;",
      "                      with --bank-csv the default is every dimension in the file",
      "  --a-min X --a-max Y generated discriminations a ~ U(X, Y) (0.8, 2.0); b ~ N(0,1)",
      "  --bank-seed S       seed of the generated bank (1)",
      "  --scaling D         scaling constant D of the bank (1.0; 1.702 allowed)",
      "test",
      "  --stop se|fixed     stop at the target SE (se, default) or give exactly --max units (fixed)",
      "  --target-se X       target SE per dimension (0.30)",
      "  --min N --max N     minimum (10) and maximum (30) units",
      "  --top N             randomesque exposure control among the top N (5; 1 = maximum information)",
      "run",
      "  --simulees N        number of simulees (1000)",
      "  --seed S            seed of the simulees and their sessions (2026)",
      "  --help              this text");

  public static SimulateOptions defaults() {
    return new Builder().build();
  }

  public static SimulateOptions parse(String... args) {
    Builder b = new Builder();
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    while (!rest.isEmpty()) {
      String flag = rest.remove(0);
      if (flag.equals("--help") || flag.equals("-h")) {
        b.help = true;
      } else if (rest.isEmpty()) {
        throw new IllegalArgumentException(flag + " needs a value");
      } else {
        b.set(flag, rest.remove(0));
      }
    }
    return b.build();
  }

  private static final class Builder {
    private Optional<String> bankCsv = Optional.empty();
    private int items = 300;
    private List<String> dimensions = List.of();
    private double aMin = 0.8;
    private double aMax = 2.0;
    private long bankSeed = 1L;
    private double scaling = 1.0;
    private int simulees = 1000;
    private long seed = 2026L;
    private boolean fixedLength;
    private double targetSe = 0.30;
    private int minItems = 10;
    private int maxItems = 30;
    private int topN = 5;
    private boolean help;

    void set(String flag, String v) {
      switch (flag) {
        case "--bank-csv" -> bankCsv = Optional.of(v);
        case "--items" -> items = Integer.parseInt(v);
        case "--dimensions" -> dimensions = List.of(v.split(","));
        case "--a-min" -> aMin = Double.parseDouble(v);
        case "--a-max" -> aMax = Double.parseDouble(v);
        case "--bank-seed" -> bankSeed = Long.parseLong(v);
        case "--scaling" -> scaling = Double.parseDouble(v);
        case "--simulees" -> simulees = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--stop" -> fixedLength = stopIsFixed(v);
        case "--target-se" -> targetSe = Double.parseDouble(v);
        case "--min" -> minItems = Integer.parseInt(v);
        case "--max" -> maxItems = Integer.parseInt(v);
        case "--top" -> topN = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown option " + flag);
      }
    }

    SimulateOptions build() {
      return new SimulateOptions(bankCsv, items, dimensions, aMin, aMax, bankSeed, scaling, simulees, seed,
          fixedLength, targetSe, minItems, maxItems, topN, help);
    }
  }

  private static boolean stopIsFixed(String value) {
    return switch (value) {
      case "fixed" -> true;
      case "se" -> false;
      default -> throw new IllegalArgumentException("--stop is se or fixed, not " + value);
    };
  }
}
