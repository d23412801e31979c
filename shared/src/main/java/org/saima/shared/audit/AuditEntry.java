package org.saima.shared.audit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One entry of the full-process record (全程纪实). Its hash is SHA-256 over the previous entry's hash
 * followed by this entry's content in a fixed canonical form, so changing, inserting or removing any
 * entry breaks every hash after it.
 */
public record AuditEntry(
    long id,
    Instant at,
    Long actorId,
    String actor,
    String action,
    String objectType,
    String objectId,
    Long campaignId,
    String detail,
    String prevHash,
    String hash) {

  public static final String GENESIS = "0".repeat(64);

  /** A new entry chained after {@code prevHash}, with its hash computed. */
  public static AuditEntry chained(long id, Instant at, Actor actor, AuditEvent event, String prevHash) {
    AuditEntry unhashed = new AuditEntry(id, at, actor.id(), actor.name(), event.action(), event.objectType(),
        event.objectId(), event.campaignId(), CanonicalJson.encode(event.detail()), prevHash, null);
    return unhashed.withHash(unhashed.computeHash());
  }

  /** The canonical content the hash covers, in a fixed field order. */
  public String canonicalContent() {
    return new JsonArray()
        .add(id).add(at.toString()).add(actorId).add(actor).add(action)
        .add(objectType).add(objectId).add(campaignId).add(detail)
        .encode();
  }

  public String computeHash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
      sha.update(canonicalContent().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public AuditEntry withHash(String newHash) {
    return new AuditEntry(id, at, actorId, actor, action, objectType, objectId, campaignId, detail, prevHash,
        newHash);
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("id", id).put("at", at.toString()).put("actorId", actorId).put("actor", actor)
        .put("action", action).put("objectType", objectType).put("objectId", objectId)
        .put("campaignId", campaignId).put("detail", new JsonObject(detail))
        .put("prevHash", prevHash).put("hash", hash);
  }
}
