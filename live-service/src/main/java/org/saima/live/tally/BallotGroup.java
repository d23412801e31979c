package org.saima.live.tally;

import io.vertx.core.json.JsonObject;

/** Equal ballots of one category, counted together: what {@code GROUP BY category, choices} returns. */
public record BallotGroup(long categoryId, JsonObject choices, int count) {
}
