package org.saima.shared.http;

import io.vertx.core.json.JsonArray;
import java.util.Map;

/**
 * Plain messages for unique keys, so a conflict names the field without echoing the stored value
 * (the database's own detail would repeat a full identity card number).
 */
final class Constraints {
  private record Conflict(String field, String message) {
  }

  private static final Map<String, Conflict> UNIQUE = Map.of(
      "candidates_campaign_id_id_card_key",
      new Conflict("idCard", "This person is already a candidate in this campaign."),
      "positions_campaign_id_code_key",
      new Conflict("code", "This campaign already has a position with this code."),
      "users_username_key",
      new Conflict("username", "This user name is taken."));

  private Constraints() {
  }

  static Problem conflict(String constraint) {
    Conflict known = constraint == null ? null : UNIQUE.get(constraint);
    if (known == null) {
      return Problem.conflict("This already exists.");
    }
    return new Problem(409, "conflict", "Conflict", known.message(),
        new JsonArray().add(Problem.field(known.field(), known.message())));
  }
}
