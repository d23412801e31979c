package org.saima.live.token;

/** SQL for ballot tokens: only their hashes are stored. */
final class TokenSql {
  static final String CATEGORY = "SELECT id, name FROM live.voter_categories WHERE event_id = $1 AND id = $2";
  static final String NEXT_BATCH = "SELECT coalesce(max(batch), 0) + 1 AS batch FROM live.ballot_tokens"
      + " WHERE event_id = $1";
  static final String INSERT = "INSERT INTO live.ballot_tokens (token_hash, event_id, category_id, batch)"
      + " SELECT h, $2, $3, $4 FROM UNNEST($1::bytea[]) AS t(h)";
  static final String FIND = "SELECT t.event_id, t.category_id, c.name AS category, e.name AS event_name"
      + " FROM live.ballot_tokens t JOIN live.voter_categories c ON c.id = t.category_id"
      + " JOIN live.events e ON e.id = t.event_id WHERE t.token_hash = $1";

  private TokenSql() {
  }
}
