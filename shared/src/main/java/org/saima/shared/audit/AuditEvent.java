package org.saima.shared.audit;

import io.vertx.core.json.JsonObject;

/** What happened, to which object, in which campaign, with the facts worth keeping. */
public record AuditEvent(String action, String objectType, String objectId, Long campaignId, JsonObject detail) {
  public AuditEvent {
    detail = detail == null ? new JsonObject() : detail;
  }

  public static AuditEvent of(String action, String objectType, Object objectId, Long campaignId,
      JsonObject detail) {
    return new AuditEvent(action, objectType, String.valueOf(objectId), campaignId, detail);
  }
}
