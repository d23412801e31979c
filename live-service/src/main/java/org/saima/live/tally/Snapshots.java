package org.saima.live.tally;

import io.vertx.core.json.JsonObject;

/**
 * The order of tally snapshots. A snapshot counts every ballot row committed when it was taken; its
 * watermark is the highest ballot id it counted. Rows only ever get added, so both the watermark and the
 * number of ballots grow from one snapshot to the next; a row with a lower id can commit after a higher
 * one was counted, so the number of ballots breaks a tie in watermarks. A final snapshot (taken after the
 * poll closed) replaces an equal live one.
 */
public final class Snapshots {
  private Snapshots() {
  }

  public static boolean newer(JsonObject candidate, JsonObject shown) {
    if (shown == null) {
      return true;
    }
    int byWatermark = Long.compare(candidate.getLong("watermark"), shown.getLong("watermark"));
    if (byWatermark != 0) {
      return byWatermark > 0;
    }
    int byBallots = Long.compare(candidate.getLong("ballots"), shown.getLong("ballots"));
    if (byBallots != 0) {
      return byBallots > 0;
    }
    return candidate.getBoolean("final", false) && !shown.getBoolean("final", false);
  }
}
