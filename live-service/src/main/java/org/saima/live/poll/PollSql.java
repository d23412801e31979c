package org.saima.live.poll;

/** SQL for polls and their life cycle (schema {@code live}). */
final class PollSql {
  static final String COLUMNS = "id, event_id, kind, title, status, revealed, definition, runoff_of, opened_at,"
      + " closed_at, certified_at, published_at, certified_result, certified_watermark, certified_ballots,"
      + " certified_audit_hash";
  static final String INSERT = "INSERT INTO live.polls (event_id, kind, title, definition, category_ids, runoff_of)"
      + " VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
  static final String BY_EVENT = "SELECT " + COLUMNS + " FROM live.polls WHERE event_id = $1 ORDER BY id";
  static final String GET = "SELECT " + COLUMNS + " FROM live.polls WHERE id = $1 AND event_id = $2";
  static final String LOCK = "SELECT " + COLUMNS + " FROM live.polls WHERE id = $1 AND event_id = $2 FOR UPDATE";
  static final String OPEN = "UPDATE live.polls SET status = 'open', opened_at = now() WHERE id = $1";
  static final String CLOSE = "UPDATE live.polls SET status = 'closed', closed_at = now() WHERE id = $1";
  static final String REVEAL = "UPDATE live.polls SET revealed = true WHERE id = $1";
  static final String CERTIFY = "UPDATE live.polls SET status = 'certified', certified_at = now(),"
      + " certified_result = $2, certified_watermark = $3, certified_ballots = $4, certified_audit_hash = $5"
      + " WHERE id = $1";
  static final String PUBLISH = "UPDATE live.polls SET status = 'published', published_at = now(), revealed = true"
      + " WHERE id = $1";
  static final String BALLOT_BOX = "SELECT b.receipt, b.choices, c.name AS category FROM live.ballots b"
      + " JOIN live.voter_categories c ON c.id = b.category_id WHERE b.poll_id = $1 ORDER BY b.receipt";
  static final String PUBLISHED_POLL = "SELECT p.id, p.title, p.kind, p.definition, p.status, e.name AS event_name"
      + " FROM live.polls p JOIN live.events e ON e.id = p.event_id WHERE p.id = $1";

  private PollSql() {
  }
}
