package org.saima.live.event;

/** SQL for events, their candidates, voter categories, draw and stage (schema {@code live}). */
final class EventSql {
  static final String POSITION = "SELECT id, name, seats FROM core.positions WHERE campaign_id = $1 AND id = $2";
  static final String POSITION_CANDIDATES = "SELECT id FROM core.candidates WHERE campaign_id = $1"
      + " AND position_id = $2 ORDER BY id";
  static final String CAMPAIGN_CANDIDATES = "SELECT id FROM core.candidates WHERE campaign_id = $1"
      + " AND id = ANY ($2::bigint[])";
  static final String INSERT = "INSERT INTO live.events (campaign_id, position_id, name, venue, created_by)"
      + " VALUES ($1, $2, $3, $4, $5) RETURNING id";
  static final String INSERT_CANDIDATES = "INSERT INTO live.event_candidates (event_id, candidate_id, list_order,"
      + " speech_seconds, qa_seconds) SELECT $1, c, o, $3, $4 FROM UNNEST($2::bigint[]) WITH ORDINALITY AS t(c, o)";
  static final String INSERT_CATEGORY = "INSERT INTO live.voter_categories (event_id, ordinal, name, entitled,"
      + " weight, multiplier) VALUES ($1, $2, $3, $4, $5, $6)";
  static final String INSERT_STAGE = "INSERT INTO live.stages (event_id) VALUES ($1)";

  static final String EVENT_COLUMNS = "e.id, e.campaign_id, e.position_id, p.name AS position_name, p.seats,"
      + " e.name, e.venue, e.draw_names, e.draw_commitment, e.draw_seed, e.draw_order, e.drawn_at, e.created_at";
  static final String LIST = "SELECT " + EVENT_COLUMNS + " FROM live.events e JOIN core.positions p"
      + " ON p.id = e.position_id WHERE e.campaign_id = $1 ORDER BY e.id DESC";
  static final String GET = "SELECT " + EVENT_COLUMNS + " FROM live.events e JOIN core.positions p"
      + " ON p.id = e.position_id WHERE e.id = $1";
  static final String CANDIDATES = "SELECT ec.candidate_id, k.name, k.unit, k.current_post, ec.list_order,"
      + " ec.speaking_order, ec.speech_seconds, ec.qa_seconds FROM live.event_candidates ec"
      + " JOIN core.candidates k ON k.id = ec.candidate_id WHERE ec.event_id = $1"
      + " ORDER BY coalesce(ec.speaking_order, ec.list_order)";
  static final String CATEGORIES = "SELECT c.id, c.ordinal, c.name, c.entitled, c.weight, c.multiplier,"
      + " (SELECT count(*) FROM live.ballot_tokens t WHERE t.category_id = c.id) AS issued"
      + " FROM live.voter_categories c WHERE c.event_id = $1 ORDER BY c.ordinal";

  static final String LOCK_EVENT = "SELECT draw_commitment, draw_seed FROM live.events WHERE id = $1 FOR UPDATE";
  static final String COMMIT_DRAW = "UPDATE live.events SET draw_commitment = $2, draw_names = $3 WHERE id = $1";
  static final String REVEAL_DRAW = "UPDATE live.events SET draw_seed = $2, draw_order = $3, drawn_at = now()"
      + " WHERE id = $1";
  static final String SPEAKING_ORDER = "UPDATE live.event_candidates ec SET speaking_order = t.o"
      + " FROM UNNEST($2::bigint[]) WITH ORDINALITY AS t(c, o) WHERE ec.event_id = $1 AND ec.candidate_id = t.c";

  static final String STAGE = "SELECT candidate_id, phase, running, remaining_ms, started_at, version"
      + " FROM live.stages WHERE event_id = $1";
  static final String STAGE_FOR_UPDATE = STAGE + " FOR UPDATE";
  static final String STAGE_UPDATE = "UPDATE live.stages SET candidate_id = $2, phase = $3, running = $4,"
      + " remaining_ms = $5, started_at = $6, version = $7 WHERE event_id = $1";
  static final String DURATIONS = "SELECT speech_seconds, qa_seconds FROM live.event_candidates"
      + " WHERE event_id = $1 AND candidate_id = $2";

  private EventSql() {
  }
}
