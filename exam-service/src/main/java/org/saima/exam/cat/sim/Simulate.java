package org.saima.exam.cat.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saima.exam.cat.estimate.NormalPrior;
import org.saima.exam.cat.model.ItemBank;
import org.saima.exam.cat.session.AdaptiveTest;
import org.saima.exam.cat.session.DimensionSpec;
import org.saima.exam.cat.session.StoppingRule;
import org.saima.exam.cat.session.TestDefinition;

/** Command line: simulate the adaptive test on a bank and print how well it measures. */
public final class Simulate {
  private Simulate() {
  }

  public static void main(String[] args) throws IOException {
    SimulateOptions options;
    try {
      options = SimulateOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(SimulateOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.println(SimulateOptions.USAGE);
      return;
    }
    run(options, System.out);
  }

  public static SimulationSummary run(SimulateOptions options, PrintStream out) throws IOException {
    ItemBank bank = bank(options);
    List<String> dimensions = options.dimensions().isEmpty() && options.bankCsv().isPresent()
        ? bank.dimensions() : options.dimensions().isEmpty() ? List.of("D") : options.dimensions();
    TestDefinition definition = new TestDefinition(dimensions.stream().map(DimensionSpec::equal).toList(),
        NormalPrior.STANDARD, stopping(options), options.topN());
    long started = System.nanoTime();
    SimulationSummary summary = Simulation.run(new AdaptiveTest(definition, bank), options.simulees(), options.seed());
    double seconds = (System.nanoTime() - started) / 1e9;
    print(options, bank, definition, summary, seconds, out);
    return summary;
  }

  private static ItemBank bank(SimulateOptions o) throws IOException {
    if (o.bankCsv().isPresent()) {
      try (Reader reader = Files.newBufferedReader(Path.of(o.bankCsv().get()), StandardCharsets.UTF_8)) {
        return BankCsv.read(reader, o.scaling());
      }
    }
    List<String> dimensions = o.dimensions().isEmpty() ? List.of("D") : o.dimensions();
    return BankGenerator.twoPl(o.items(), dimensions, o.aMin(), o.aMax(), o.scaling(), o.bankSeed());
  }

  private static StoppingRule stopping(SimulateOptions o) {
    return o.fixedLength() ? StoppingRule.fixedLength(o.maxItems())
        : StoppingRule.targetSe(o.targetSe(), o.minItems(), o.maxItems());
  }

  private static void print(SimulateOptions o, ItemBank bank, TestDefinition definition, SimulationSummary s,
      double seconds, PrintStream out) {
    out.println(o.bankCsv().map(f -> "bank: " + bank.size() + " units from " + f)
        .orElse(String.format(Locale.ROOT, "bank: %d generated 2PL items, a ~ U(%.2f, %.2f), b ~ N(0,1), D = %s,"
            + " bank seed %d", bank.size(), o.aMin(), o.aMax(), o.scaling(), o.bankSeed())));
    StoppingRule rule = definition.stopping();
    out.println("test: " + (o.fixedLength() ? "fixed length " + rule.maxItems()
        : String.format(Locale.ROOT, "stop at SE <= %.2f after %d units, at most %d", o.targetSe(),
            rule.minItems(), rule.maxItems()))
        + ", randomesque n = " + o.topN() + ", prior N(0,1), EAP on 61 points from -4 to 4");
    out.println("simulees: " + s.simulees() + ", true theta ~ N(0,1) per dimension, seed " + o.seed());
    out.println();
    out.println("| dimension | bias | RMSE | correlation | mean SE | max exposure |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (Map.Entry<String, Accuracy> e : s.accuracy().entrySet()) {
      Accuracy a = e.getValue();
      out.printf(Locale.ROOT, "| %s | %+.4f | %.4f | %.4f | %.4f | %.3f |%n", e.getKey(), a.bias(), a.rmse(),
          a.correlation(), a.meanSe(), s.maxExposure().get(e.getKey()));
    }
    out.println();
    out.printf(Locale.ROOT, "mean test length: %.2f units (%.2f items)%n", s.meanUnits(), s.meanItems());
    out.println("stop reasons: " + s.stopReasons());
    out.printf(Locale.ROOT, "elapsed: %.2f s%n", seconds);
  }
}
