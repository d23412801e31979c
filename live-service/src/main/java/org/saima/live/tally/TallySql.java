package org.saima.live.tally;

/** SQL for counting a poll from its ballot rows. */
final class TallySql {
  static final String POLL = "SELECT event_id, definition, category_ids, status FROM live.polls WHERE id = $1";
  /** One snapshot: equal ballots grouped, and the highest ballot id counted (the watermark). */
  static final String GROUPS = "SELECT category_id, choices, count(*)::int AS n, max(id) AS top FROM live.ballots"
      + " WHERE poll_id = $1 GROUP BY category_id, choices";
  static final String ISSUED = "SELECT count(*) AS issued FROM live.ballot_tokens WHERE event_id = $1"
      + " AND category_id = ANY ($2::bigint[])";

  private TallySql() {
  }
}
