package org.saima.live.ballot;

/** SQL for taking ballots in, one statement per batch. */
final class BallotSql {
  /**
   * One batch, one statement, one transaction. A ballot gets in when its token belongs to the poll's
   * event and one of its categories, the poll is open (checked under FOR SHARE, so closing waits for this
   * statement and nothing gets in after it), and the token has not been used in this poll: the token-use
   * row is inserted ON CONFLICT DO NOTHING and only the rows it returned become ballots. The ballot row
   * carries no token; the ballots of a batch are inserted in random order so that their ids do not follow
   * the order of the token uses.
   */
  static final String CAST = "WITH input AS ("
      + " SELECT * FROM UNNEST($1::bigint[], $2::bytea[], $3::bytea[], $4::text[], $5::text[])"
      + " AS i(poll_id, token_hash, sealed, receipt, choices)),"
      + " allowed AS (SELECT i.*, t.category_id FROM input i"
      + " JOIN live.ballot_tokens t ON t.token_hash = i.token_hash"
      + " JOIN live.polls p ON p.id = i.poll_id AND p.event_id = t.event_id AND p.status = 'open'"
      + " AND t.category_id = ANY (p.category_ids) FOR SHARE OF p),"
      + " used AS (INSERT INTO live.token_uses (poll_id, token_hash, sealed_receipt)"
      + " SELECT poll_id, token_hash, sealed FROM allowed ON CONFLICT DO NOTHING RETURNING poll_id, token_hash)"
      + " INSERT INTO live.ballots (poll_id, category_id, receipt, choices)"
      + " SELECT a.poll_id, a.category_id, a.receipt, a.choices::jsonb FROM allowed a"
      + " JOIN used u ON u.poll_id = a.poll_id AND u.token_hash = a.token_hash ORDER BY random()"
      + " RETURNING receipt";
  /** For the ballots that did not get in: an earlier use of the same token, with its sealed receipt. */
  static final String EARLIER_USES = "SELECT u.poll_id, u.token_hash, u.sealed_receipt FROM live.token_uses u"
      + " JOIN UNNEST($1::bigint[], $2::bytea[]) AS i(poll_id, token_hash)"
      + " ON u.poll_id = i.poll_id AND u.token_hash = i.token_hash";
  /** Why a ballot with no earlier use was refused. */
  static final String WHY_REFUSED = "SELECT p.status, t.event_id = p.event_id AS same_event,"
      + " t.category_id = ANY (p.category_ids) AS category_allowed FROM live.polls p"
      + " LEFT JOIN live.ballot_tokens t ON t.token_hash = $2 WHERE p.id = $1";
  static final String POLL = "SELECT event_id, definition FROM live.polls WHERE id = $1";

  private BallotSql() {
  }
}
