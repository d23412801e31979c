package org.saima.live.poll;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;

/**
 * A poll as set up, stored as JSON beside it and fixed once the poll opens: its kind, candidates (by
 * id, with names for screens), the voter categories that take part with their factors, and the rules of
 * its kind. Candidates are identified by id in ballots and counts, since two people may share a name.
 */
public record PollDefinition(
    String kind,
    List<Option> candidates,
    List<Category> categories,
    int k,
    int entitled,
    String basis,
    int quorumNumerator,
    int quorumDenominator,
    String mode,
    String scale) {

  public static final String CHOOSE = "choose";
  public static final String APPROVAL = "approval";
  public static final String RECOMMENDATION = "recommendation";
  public static final String RATING = "rating";
  public static final String SCORE = "score";

  public record Option(long id, String name) {
    public String key() {
      return String.valueOf(id);
    }
  }

  /** {@code weight} counts in share mode, {@code multiplier} in multiplier mode. */
  public record Category(long id, String name, BigDecimal weight, BigDecimal multiplier, int entitled) {
  }

  public PollDefinition {
    candidates = List.copyOf(candidates);
    categories = List.copyOf(categories);
  }

  public List<String> candidateKeys() {
    return candidates.stream().map(Option::key).toList();
  }

  public Quorum quorum() {
    return new Quorum(quorumNumerator, quorumDenominator);
  }

  public Scale ratingScale() {
    return "satisfaction".equals(scale) ? Scale.SATISFACTION : Scale.EVALUATION;
  }

  public boolean hasCandidate(String key) {
    return candidates.stream().anyMatch(c -> c.key().equals(key));
  }

  public Category category(long id) {
    return categories.stream().filter(c -> c.id() == id).findFirst().orElse(null);
  }

  public JsonObject toJson() {
    JsonArray options = new JsonArray();
    candidates.forEach(c -> options.add(new JsonObject().put("id", c.id()).put("name", c.name())));
    JsonArray cats = new JsonArray();
    categories.forEach(c -> cats.add(new JsonObject().put("id", c.id()).put("name", c.name())
        .put("weight", c.weight().toPlainString()).put("multiplier", c.multiplier().toPlainString())
        .put("entitled", c.entitled())));
    return new JsonObject().put("kind", kind).put("candidates", options).put("categories", cats).put("k", k)
        .put("entitled", entitled).put("basis", basis).put("quorum", new JsonObject()
            .put("numerator", quorumNumerator).put("denominator", quorumDenominator))
        .put("mode", mode).put("scale", scale);
  }

  public static PollDefinition fromJson(JsonObject json) {
    List<Option> options = json.getJsonArray("candidates").stream().map(o -> (JsonObject) o)
        .map(o -> new Option(o.getLong("id"), o.getString("name"))).toList();
    List<Category> cats = json.getJsonArray("categories").stream().map(o -> (JsonObject) o)
        .map(o -> new Category(o.getLong("id"), o.getString("name"), new BigDecimal(o.getString("weight")),
            new BigDecimal(o.getString("multiplier")), o.getInteger("entitled"))).toList();
    JsonObject quorum = json.getJsonObject("quorum");
    return new PollDefinition(json.getString("kind"), options, cats, json.getInteger("k"),
        json.getInteger("entitled"), json.getString("basis"), quorum.getInteger("numerator"),
        quorum.getInteger("denominator"), json.getString("mode"), json.getString("scale"));
  }
}
