package org.saima.scoring.notice;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import org.saima.scoring.campaign.IdCard;

/** A notice as the organizer sees it (with holds and objections) and as the public does (without them). */
final class NoticeJson {
  private NoticeJson() {
  }

  static JsonObject full(Row notice, Iterable<Row> entries, Iterable<Row> objections, LocalDate today) {
    LocalDate starts = notice.getLocalDate("starts_on");
    LocalDate ends = notice.getLocalDate("ends_on");
    String period = today.isBefore(starts) ? "upcoming" : today.isAfter(ends) ? "closed" : "open";
    JsonArray list = new JsonArray();
    entries.forEach(e -> list.add(entry(e)));
    JsonArray received = new JsonArray();
    objections.forEach(o -> received.add(new JsonObject().put("id", o.getLong("id"))
        .put("candidateId", o.getLong("candidate_id")).put("candidateName", o.getString("candidate_name"))
        .put("receivedOn", o.getLocalDate("received_on").toString()).put("channel", o.getString("channel"))
        .put("summary", o.getString("summary")).put("recordedBy", o.getString("recorded_by"))
        .put("recordedAt", o.getOffsetDateTime("recorded_at").toInstant().toString())));
    return new JsonObject().put("id", notice.getLong("id")).put("campaignId", notice.getLong("campaign_id"))
        .put("campaignName", notice.getString("campaign_name")).put("organizer", notice.getString("organizer"))
        .put("title", notice.getString("title")).put("startsOn", starts.toString()).put("endsOn", ends.toString())
        .put("period", period).put("contact", notice.getString("contact"))
        .put("publishedAt", notice.getOffsetDateTime("published_at").toInstant().toString())
        .put("publishedBy", notice.getString("published_by")).put("entries", list).put("objections", received);
  }

  private static JsonObject entry(Row e) {
    String idCard = e.getString("id_card");
    LocalDate birth = IdCard.birthDate(idCard);
    return new JsonObject().put("candidateId", e.getLong("candidate_id")).put("seq", e.getInteger("seq"))
        .put("name", e.getString("name")).put("gender", IdCard.gender(idCard))
        .put("birth", birth == null ? null : birth.getYear() + "." + String.format("%02d", birth.getMonthValue()))
        .put("unit", e.getString("unit")).put("currentPost", e.getString("current_post"))
        .put("positionCode", e.getString("position_code")).put("positionName", e.getString("position_name"))
        .put("positionUnit", e.getString("position_unit"))
        .put("composite", e.getBigDecimal("composite") == null ? null : e.getBigDecimal("composite").toPlainString())
        .put("status", e.getString("status")).put("holdReason", e.getString("hold_reason"));
  }

  /** The public copy: who is nominated for what, the period and the contact; no scores, holds or objections. */
  static JsonObject forPublic(JsonObject full) {
    JsonArray entries = new JsonArray(full.getJsonArray("entries").stream().map(JsonObject.class::cast)
        .map(e -> new JsonObject().put("seq", e.getInteger("seq")).put("name", e.getString("name"))
            .put("gender", e.getString("gender")).put("birth", e.getString("birth")).put("unit", e.getString("unit"))
            .put("currentPost", e.getString("currentPost")).put("positionName", e.getString("positionName"))
            .put("positionUnit", e.getString("positionUnit")))
        .toList());
    return new JsonObject().put("id", full.getLong("id")).put("campaignName", full.getString("campaignName"))
        .put("organizer", full.getString("organizer")).put("title", full.getString("title"))
        .put("startsOn", full.getString("startsOn")).put("endsOn", full.getString("endsOn"))
        .put("period", full.getString("period")).put("contact", full.getString("contact"))
        .put("publishedAt", full.getString("publishedAt")).put("entries", entries);
  }
}
