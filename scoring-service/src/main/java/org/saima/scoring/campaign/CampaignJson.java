package org.saima.scoring.campaign;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;

/** Rows as the API shows them; identity card and phone numbers only ever leave masked. */
final class CampaignJson {
  private CampaignJson() {
  }

  static JsonObject campaign(Row row) {
    return new JsonObject()
        .put("id", row.getLong("id"))
        .put("name", row.getString("name"))
        .put("organizer", row.getString("organizer"))
        .put("description", row.getString("description"))
        .put("status", row.getString("status"))
        .put("version", row.getInteger("version"))
        .put("createdAt", row.getOffsetDateTime("created_at").toInstant().toString())
        .put("updatedAt", row.getOffsetDateTime("updated_at").toInstant().toString())
        .put("positionCount", row.getLong("position_count"))
        .put("candidateCount", row.getLong("candidate_count"));
  }

  static JsonObject position(Row row) {
    return new JsonObject()
        .put("id", row.getLong("id"))
        .put("campaignId", row.getLong("campaign_id"))
        .put("code", row.getString("code"))
        .put("name", row.getString("name"))
        .put("unit", row.getString("unit"))
        .put("seats", row.getInteger("seats"))
        .put("candidateCount", row.getLong("candidate_count"));
  }

  static JsonObject candidate(Row row) {
    String idCard = row.getString("id_card");
    LocalDate birth = IdCard.birthDate(idCard);
    return new JsonObject()
        .put("id", row.getLong("id"))
        .put("campaignId", row.getLong("campaign_id"))
        .put("positionId", row.getLong("position_id"))
        .put("positionCode", row.getString("position_code"))
        .put("positionName", row.getString("position_name"))
        .put("name", row.getString("name"))
        .put("idCardMasked", IdCard.mask(idCard))
        .put("gender", IdCard.gender(idCard))
        .put("birthYear", birth == null ? null : birth.getYear())
        .put("unit", row.getString("unit"))
        .put("currentPost", row.getString("current_post"))
        .put("phoneMasked", maskPhone(row.getString("phone")));
  }

  static String maskPhone(String phone) {
    if (phone == null || phone.isEmpty()) {
      return "";
    }
    return phone.length() <= 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }
}
