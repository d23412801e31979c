package org.saima.exam.cat.session;

import java.util.ArrayList;
import java.util.List;
import org.saima.exam.cat.math.SplitMix64;
import org.saima.exam.cat.model.Dichotomous;
import org.saima.exam.cat.model.GradedResponse;
import org.saima.exam.cat.model.Item;
import org.saima.exam.cat.model.ItemModel;
import org.saima.exam.cat.model.ResponseOption;
import org.saima.exam.cat.model.Scenario;
import org.saima.exam.cat.model.Unit;

/** Small banks and a scripted candidate for the session tests. */
final class Fixtures {
  private Fixtures() {
  }

  static Item twoPl(String id, String dimension, double a, double b) {
    return Item.scored(id, dimension, Dichotomous.twoPl(a, b, 1.0));
  }

  /** n 2PL items per dimension, b spread over [−2, 2], a cycling through 0.8..2.0. */
  static List<Unit> spread(String dimension, int n) {
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double b = n == 1 ? 0.0 : -2.0 + 4.0 * i / (n - 1);
      units.add(twoPl(dimension + i, dimension, 0.8 + 0.3 * (i % 5), b));
    }
    return units;
  }

  /** A three-turn scenario: option A of T1 leads to T2, option B to T3; T2 and T3 end it. */
  static Scenario scenario(String id, String dimension, double a) {
    ItemModel model = new GradedResponse(a, new double[] {-0.8, 0.0, 0.8}, 1.0);
    Item t1 = Item.withOptions(id + "-T1", dimension, model, List.of(
        ResponseOption.leadingTo("A", 3, id + "-T2"), ResponseOption.leadingTo("B", 1, id + "-T3"),
        ResponseOption.ending("C", 0)));
    Item t2 = Item.withOptions(id + "-T2", dimension, model, List.of(
        ResponseOption.ending("A", 3), ResponseOption.ending("B", 2)));
    Item t3 = Item.withOptions(id + "-T3", dimension, model, List.of(
        ResponseOption.ending("A", 1), ResponseOption.ending("B", 0)));
    return new Scenario(id, dimension, t1.id(), List.of(t1, t2, t3));
  }

  /** A candidate answering from the model at a true θ, with its own random stream. */
  static final class Candidate {
    private final double theta;
    private final SplitMix64 random;

    Candidate(double theta, long seed) {
      this.theta = theta;
      this.random = new SplitMix64(seed);
    }

    Response answer(Item item) {
      if (item.hasOptions()) {
        return Response.chose(item.id(), item.options().get(random.nextInt(item.options().size())).key());
      }
      double u = random.nextDouble();
      double[] p = item.model().probabilities(theta);
      int k = 0;
      double cumulative = p[0];
      while (u >= cumulative && k < p.length - 1) {
        k++;
        cumulative += p[k];
      }
      return Response.scored(item.id(), k);
    }
  }

  /** Runs a session to its end (or {@code maxResponses}) with the candidate answering. */
  static CatSession run(CatSession session, Candidate candidate, int maxResponses) {
    for (int i = 0; i < maxResponses && !session.finished(); i++) {
      session = session.answer(candidate.answer(session.pending().orElseThrow().item()));
    }
    return session;
  }
}
