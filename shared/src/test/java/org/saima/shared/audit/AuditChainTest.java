package org.saima.shared.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The full-process record's hash chain")
class AuditChainTest {
  private static final Actor ORGANIZER = new Actor(7L, "zhang.wei");

  private static List<AuditEntry> chain(int length) {
    List<AuditEntry> entries = new ArrayList<>();
    String prev = AuditEntry.GENESIS;
    for (int i = 1; i <= length; i++) {
      AuditEntry entry = AuditEntry.chained(i, Instant.parse("2026-11-24T09:00:00.123456Z").plusSeconds(i),
          ORGANIZER, AuditEvent.of("campaign.update", "campaign", 3, 3L, new JsonObject().put("seats", i)), prev);
      entries.add(entry);
      prev = entry.hash();
    }
    return entries;
  }

  private static AuditVerifier.Result walk(List<AuditEntry> entries) {
    AuditVerifier.Walk walk = new AuditVerifier.Walk();
    for (AuditEntry entry : entries) {
      if (!walk.accept(entry)) {
        break;
      }
    }
    return walk.result();
  }

  @Test
  @DisplayName("an entry's hash is SHA-256 over the previous hash followed by its canonical content")
  void hashIsComputedIndependently() throws Exception {
    AuditEntry first = chain(1).get(0);
    String content = "[1,\"2026-11-24T09:00:01.123456Z\",7,\"zhang.wei\",\"campaign.update\",\"campaign\",\"3\",3,"
        + "\"{\\\"seats\\\":1}\"]";
    assertEquals(content, first.canonicalContent());
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(AuditEntry.GENESIS.getBytes(StandardCharsets.US_ASCII));
    sha.update(content.getBytes(StandardCharsets.UTF_8));
    assertEquals(HexFormat.of().formatHex(sha.digest()), first.hash());
  }

  @Test
  @DisplayName("an untouched chain verifies and reports its head")
  void intactChainVerifies() {
    List<AuditEntry> entries = chain(5);
    AuditVerifier.Result result = walk(entries);
    assertTrue(result.intact());
    assertEquals(5, result.verifiedEntries());
    assertEquals(entries.get(4).hash(), result.headHash());
    assertNull(result.firstBrokenId());
  }

  @Test
  @DisplayName("a changed detail is caught at that entry")
  void changedContentIsCaught() {
    List<AuditEntry> entries = chain(5);
    AuditEntry third = entries.get(2);
    entries.set(2, new AuditEntry(third.id(), third.at(), third.actorId(), third.actor(), third.action(),
        third.objectType(), third.objectId(), third.campaignId(), "{\"seats\":30}", third.prevHash(), third.hash()));
    AuditVerifier.Result result = walk(entries);
    assertFalse(result.intact());
    assertEquals(3L, result.firstBrokenId());
    assertEquals(2, result.verifiedEntries());
    assertTrue(result.reason().contains("content does not match its hash"));
  }

  @Test
  @DisplayName("a changed entry with a recomputed hash is caught at the next entry")
  void rehashedEntryIsCaughtByItsSuccessor() {
    List<AuditEntry> entries = chain(5);
    AuditEntry second = entries.get(1);
    AuditEntry forged = new AuditEntry(second.id(), second.at(), second.actorId(), "someone.else", second.action(),
        second.objectType(), second.objectId(), second.campaignId(), second.detail(), second.prevHash(), null);
    entries.set(1, forged.withHash(forged.computeHash()));
    AuditVerifier.Result result = walk(entries);
    assertEquals(3L, result.firstBrokenId());
    assertTrue(result.reason().contains("prev_hash"));
  }

  @Test
  @DisplayName("a removed entry is caught at the one after the gap")
  void removedEntryIsCaught() {
    List<AuditEntry> entries = chain(5);
    entries.remove(3);
    assertEquals(5L, walk(entries).firstBrokenId());
  }

  @Test
  @DisplayName("the detail is hashed with its keys sorted, so key order does not matter")
  void canonicalDetail() {
    JsonObject a = new JsonObject().put("b", 1).put("a", new JsonObject().put("y", 2).put("x", 1));
    JsonObject b = new JsonObject().put("a", new JsonObject().put("x", 1).put("y", 2)).put("b", 1);
    assertEquals("{\"a\":{\"x\":1,\"y\":2},\"b\":1}", CanonicalJson.encode(a));
    assertEquals(CanonicalJson.encode(a), CanonicalJson.encode(b));
  }
}
