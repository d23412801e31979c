package org.saima.scoring.stage;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import org.saima.scoring.common.Decimals;
import org.saima.shared.http.Problem;

/** A stage as sent by the organizer, checked beyond the schema: decimals, and a source that can be matched. */
record StageInput(int seq, String code, String name, String source, String sourceRef, BigDecimal weight,
    BigDecimal maxPoints, BigDecimal passMark, BigDecimal shortlistRatio) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static StageInput fromJson(JsonObject body) {
    String name = body.getString("name").trim();
    if (name.isEmpty()) {
      throw Problem.invalidField("name", "must not be blank");
    }
    String source = body.getString("source");
    String sourceRef = body.getString("sourceRef", "").trim();
    boolean external = source.equals("exam") || source.equals("assessment") || source.equals("poll");
    if (external && sourceRef.isEmpty()) {
      throw Problem.invalidField("sourceRef", "is required for a stage whose results another service publishes"
          + " (the exam, assessment or poll id in its facts)");
    }
    return new StageInput(body.getInteger("seq"), body.getString("code").trim(), name, source, sourceRef,
        Decimals.field(body, "weight", 4, BigDecimal.ZERO, BigDecimal.ONE),
        body.getValue("maxPoints") == null ? HUNDRED
            : Decimals.field(body, "maxPoints", 2, new BigDecimal("0.01"), new BigDecimal("100000")),
        Decimals.optional(body, "passMark", 2, BigDecimal.ZERO, HUNDRED),
        Decimals.optional(body, "shortlistRatio", 2, BigDecimal.ONE, HUNDRED));
  }

  Tuple values(long campaignId) {
    return Tuple.of(campaignId, seq, code, name, source, sourceRef).addBigDecimal(weight).addBigDecimal(maxPoints)
        .addBigDecimal(passMark).addBigDecimal(shortlistRatio);
  }

  Tuple values(long campaignId, long stageId) {
    return Tuple.of(campaignId, stageId, seq, code, name, source, sourceRef).addBigDecimal(weight)
        .addBigDecimal(maxPoints).addBigDecimal(passMark).addBigDecimal(shortlistRatio);
  }

  JsonObject audit() {
    return new JsonObject().put("seq", seq).put("code", code).put("name", name).put("source", source)
        .put("sourceRef", sourceRef).put("weight", Decimals.plain(weight)).put("maxPoints", Decimals.plain(maxPoints))
        .put("passMark", Decimals.plain(passMark)).put("shortlistRatio", Decimals.plain(shortlistRatio));
  }
}
