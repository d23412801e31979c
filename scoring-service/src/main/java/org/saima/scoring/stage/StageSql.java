package org.saima.scoring.stage;

/** SQL for stages and their results. */
final class StageSql {
  static final String LIST = "SELECT " + Stage.COLUMNS + ", (SELECT count(*) FROM scoring.stage_results r"
      + " WHERE r.stage_id = s.id) AS result_count FROM scoring.stages s WHERE s.campaign_id = $1 ORDER BY s.seq";
  static final String GET = "SELECT " + Stage.COLUMNS + " FROM scoring.stages s WHERE s.campaign_id = $1 AND s.id = $2";
  static final String INSERT = "INSERT INTO scoring.stages (campaign_id, seq, code, name, source, source_ref, weight,"
      + " max_points, pass_mark, shortlist_ratio) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id";
  static final String UPDATE = "UPDATE scoring.stages SET seq = $3, code = $4, name = $5, source = $6, source_ref = $7,"
      + " weight = $8, max_points = $9, pass_mark = $10, shortlist_ratio = $11, version = version + 1"
      + " WHERE campaign_id = $1 AND id = $2";
  static final String RESULT_COUNT = "SELECT count(*) AS n FROM scoring.stage_results WHERE stage_id = $1";

  /** Results other services published before this stage named their source: the stage takes them now. */
  static final String TAKE_RECEIVED = "INSERT INTO scoring.stage_results (stage_id, candidate_id, points, max_points,"
      + " source, source_ref, note) SELECT s.id, rr.candidate_id, rr.points, rr.max_points, 'fact',"
      + " 'outbox:' || rr.fact_id, rr.topic FROM scoring.stages s"
      + " JOIN scoring.received_results rr ON rr.campaign_id = s.campaign_id AND rr.source = s.source"
      + " AND rr.source_ref = s.source_ref"
      + " JOIN core.candidates k ON k.id = rr.candidate_id AND k.campaign_id = s.campaign_id"
      + " WHERE s.id = $1 ON CONFLICT (stage_id, candidate_id) DO NOTHING";

  static final String RESULTS = "SELECT k.id AS candidate_id, k.name, k.unit, p.id AS position_id, p.code AS position_code,"
      + " p.name AS position_name, r.points, r.max_points, r.source, r.source_ref, r.note, r.recorded_at,"
      + " u.display_name AS recorded_by FROM core.candidates k JOIN core.positions p ON p.id = k.position_id"
      + " LEFT JOIN scoring.stage_results r ON r.candidate_id = k.id AND r.stage_id = $2"
      + " LEFT JOIN core.users u ON u.id = r.recorded_by"
      + " WHERE k.campaign_id = $1 ORDER BY p.code, k.id";
  static final String RESULT = "SELECT points, max_points, source FROM scoring.stage_results"
      + " WHERE stage_id = $1 AND candidate_id = $2";
  static final String UPSERT = "INSERT INTO scoring.stage_results (stage_id, candidate_id, points, max_points, source,"
      + " source_ref, note, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())"
      + " ON CONFLICT (stage_id, candidate_id) DO UPDATE SET points = EXCLUDED.points,"
      + " max_points = EXCLUDED.max_points, source = EXCLUDED.source, source_ref = EXCLUDED.source_ref,"
      + " note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, recorded_at = now()";
  static final String UPSERT_MANY = "INSERT INTO scoring.stage_results (stage_id, candidate_id, points, max_points,"
      + " source, source_ref, note, recorded_by) SELECT $1, c, p, $4, 'import', $5, n, $6"
      + " FROM UNNEST($2::bigint[], $3::numeric[], $7::text[]) AS t(c, p, n)"
      + " ON CONFLICT (stage_id, candidate_id) DO UPDATE SET points = EXCLUDED.points,"
      + " max_points = EXCLUDED.max_points, source = EXCLUDED.source, source_ref = EXCLUDED.source_ref,"
      + " note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, recorded_at = now()";
  static final String CANDIDATE = "SELECT id FROM core.candidates WHERE campaign_id = $1 AND id = $2";
  static final String ID_CARDS = "SELECT id, id_card, name FROM core.candidates WHERE campaign_id = $1";

  static final String RECEIVE = "INSERT INTO scoring.received_results (campaign_id, source, source_ref, candidate_id,"
      + " points, max_points, fact_id, topic) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
      + " ON CONFLICT (campaign_id, source, source_ref, candidate_id) DO UPDATE SET points = EXCLUDED.points,"
      + " max_points = EXCLUDED.max_points, fact_id = EXCLUDED.fact_id, topic = EXCLUDED.topic, received_at = now()"
      + " WHERE scoring.received_results.fact_id < EXCLUDED.fact_id";
  /** Applies a received result to every stage of the campaign that names its source. */
  static final String APPLY_RECEIVED = "INSERT INTO scoring.stage_results (stage_id, candidate_id, points, max_points,"
      + " source, source_ref, note) SELECT s.id, k.id, $5, $6, 'fact', $7, $8 FROM scoring.stages s"
      + " JOIN core.candidates k ON k.id = $4 AND k.campaign_id = s.campaign_id"
      + " WHERE s.campaign_id = $1 AND s.source = $2 AND s.source_ref = $3"
      + " ON CONFLICT (stage_id, candidate_id) DO UPDATE SET points = EXCLUDED.points,"
      + " max_points = EXCLUDED.max_points, source = EXCLUDED.source, source_ref = EXCLUDED.source_ref,"
      + " note = EXCLUDED.note, recorded_by = NULL, recorded_at = now() RETURNING stage_id";

  private StageSql() {
  }
}
