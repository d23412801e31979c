package org.saima.scoring.panel;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.saima.scoring.common.Decimals;
import org.saima.shared.http.Problem;

/** A panel as the organizer sends it, checked: a rubric that makes sense, settings that leave a total. */
record PanelInput(long stageId, String name, long chiefId, List<Long> examinerIds, Rubric rubric,
    AggregationSettings settings) {

  static PanelInput fromJson(JsonObject body) {
    String name = body.getString("name").trim();
    if (name.isEmpty()) {
      throw Problem.invalidField("name", "must not be blank");
    }
    List<Long> examiners = examiners(body.getJsonArray("examinerIds"));
    long chief = body.getLong("chiefId");
    if (!examiners.contains(chief)) {
      throw Problem.invalidField("chiefId", "the chief examiner must be one of examinerIds");
    }
    return new PanelInput(body.getLong("stageId"), name, chief, examiners, rubric(body.getJsonArray("dimensions")),
        settings(body));
  }

  private static List<Long> examiners(JsonArray ids) {
    Set<Long> unique = new LinkedHashSet<>();
    ids.forEach(id -> {
      if (!unique.add(((Number) id).longValue())) {
        throw Problem.invalidField("examinerIds", "examiner " + id + " is listed twice");
      }
    });
    return List.copyOf(unique);
  }

  private static Rubric rubric(JsonArray dimensions) {
    List<Dimension> list = new ArrayList<>();
    for (int i = 0; i < dimensions.size(); i++) {
      JsonObject d = dimensions.getJsonObject(i);
      String field = "dimensions." + i;
      BigDecimal maximum = Decimals.field(d, "maximum", field + ".maximum", 2, new BigDecimal("0.5"),
          new BigDecimal("1000"));
      BigDecimal weight = d.getValue("weight") == null ? BigDecimal.ONE
          : Decimals.field(d, "weight", field + ".weight", 4, new BigDecimal("0.0001"), new BigDecimal("100"));
      try {
        list.add(new Dimension(d.getString("name").trim(), maximum, weight, d.getString("guidance", "").trim()));
      } catch (IllegalArgumentException e) {
        throw Problem.invalidField(field + ".name", e.getMessage());
      }
    }
    try {
      return new Rubric(list);
    } catch (IllegalArgumentException e) {
      throw Problem.invalidField("dimensions", e.getMessage());
    }
  }

  private static AggregationSettings settings(JsonObject body) {
    int high = body.getInteger("dropHighest", 1);
    int low = body.getInteger("dropLowest", 1);
    int minimum = body.getInteger("minimumForDropping", AggregationSettings.DEFAULT_MINIMUM_FOR_DROPPING);
    BigDecimal limit = body.getValue("outlierLimit") == null ? BigDecimal.TEN
        : Decimals.field(body, "outlierLimit", 2, BigDecimal.ZERO, new BigDecimal("1000"));
    try {
      return new AggregationSettings(high, low, minimum, limit);
    } catch (IllegalArgumentException e) {
      throw Problem.invalidField("minimumForDropping", e.getMessage());
    }
  }

  Tuple dimensionValues(long panelId) {
    List<Dimension> dims = rubric.dimensions();
    return Tuple.tuple().addLong(panelId)
        .addValue(java.util.stream.IntStream.rangeClosed(1, dims.size()).boxed().toArray(Integer[]::new))
        .addValue(dims.stream().map(Dimension::name).toArray(String[]::new))
        .addValue(dims.stream().map(Dimension::maximum).toArray(BigDecimal[]::new))
        .addValue(dims.stream().map(Dimension::weight).toArray(BigDecimal[]::new))
        .addValue(dims.stream().map(Dimension::guidance).toArray(String[]::new));
  }

  Tuple examinerValues(long panelId) {
    return Tuple.tuple().addLong(panelId).addValue(examinerIds.toArray(Long[]::new))
        .addValue(java.util.stream.IntStream.rangeClosed(1, examinerIds.size()).boxed().toArray(Integer[]::new));
  }

  JsonObject audit() {
    return new JsonObject().put("stageId", stageId).put("name", name).put("chiefId", chiefId)
        .put("examinerIds", new JsonArray(examinerIds)).put("dimensions", Panel.rubricJson(rubric))
        .put("dropHighest", settings.dropHighest()).put("dropLowest", settings.dropLowest())
        .put("minimumForDropping", settings.minimumForDropping())
        .put("outlierLimit", Decimals.plain(settings.outlierLimit()));
  }
}
