package org.saima.scoring.campaign;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.saima.shared.http.Problem;

/**
 * A candidate as entered by hand or read from a roster row, checked beyond what the schema can say:
 * the identity card number's date and check character, and the phone number's form.
 */
record CandidateInput(String name, String idCard, String unit, String currentPost, String phone) {
  static final String PHONE = "[0-9+() -]{5,32}";

  /** From a JSON body; on update the identity card may be left out to keep the stored one. */
  static CandidateInput fromJson(JsonObject body, boolean idCardRequired, LocalDate today) {
    JsonArray errors = new JsonArray();
    String idCard = body.containsKey("idCard") ? IdCard.normalize(body.getString("idCard")) : null;
    if (idCard == null && idCardRequired) {
      errors.add(Problem.field("idCard", "is required"));
    } else if (idCard != null && IdCard.problem(idCard, today) != null) {
      errors.add(Problem.field("idCard", IdCard.problem(idCard, today)));
    }
    String phone = body.getString("phone", "").trim();
    if (!phone.isEmpty() && !phone.matches(PHONE)) {
      errors.add(Problem.field("phone", "must be a telephone number"));
    }
    if (!errors.isEmpty()) {
      throw Problem.badRequest("The candidate has invalid fields.", errors);
    }
    return new CandidateInput(body.getString("name").trim(), idCard, body.getString("unit").trim(),
        body.getString("currentPost", "").trim(), phone);
  }
}
