package org.saima.live.tally;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Which tally snapshot a board may show")
class SnapshotsTest {
  private static JsonObject snapshot(long watermark, long ballots, boolean fin) {
    return new JsonObject().put("watermark", watermark).put("ballots", ballots).put("final", fin);
  }

  @Test
  @DisplayName("a higher watermark is newer; a lower one never replaces what is shown")
  void byWatermark() {
    assertTrue(Snapshots.newer(snapshot(120, 100, false), snapshot(110, 95, false)));
    assertFalse(Snapshots.newer(snapshot(110, 95, false), snapshot(120, 100, false)));
    assertTrue(Snapshots.newer(snapshot(1, 1, false), null));
  }

  @Test
  @DisplayName("ballot 115 committing after 120 was counted: same watermark, more ballots, newer")
  void lateLowerId() {
    assertTrue(Snapshots.newer(snapshot(120, 101, false), snapshot(120, 100, false)));
    assertFalse(Snapshots.newer(snapshot(120, 100, false), snapshot(120, 101, false)));
  }

  @Test
  @DisplayName("the count after close replaces an equal live one, and nothing equal replaces it")
  void finalWins() {
    assertTrue(Snapshots.newer(snapshot(120, 101, true), snapshot(120, 101, false)));
    assertFalse(Snapshots.newer(snapshot(120, 101, false), snapshot(120, 101, true)));
    assertFalse(Snapshots.newer(snapshot(120, 101, true), snapshot(120, 101, true)));
  }
}
