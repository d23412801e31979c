package org.saima.scoring.sheet;

/** SQL for scoring sheets and the chief's countersignature. */
final class SheetSql {
  static final String LOCK_CANDIDATE = "SELECT candidate_id, status, draw_number, stage_id FROM scoring.panel_candidates"
      + " WHERE panel_id = $1 AND candidate_id = $2 FOR UPDATE";
  static final String SUBMISSION = "SELECT sub.version, sub.scores, sub.total, sub.reason, sub.received_at,"
      + " sh.id AS sheet_id, sh.examiner_id, sh.candidate_id, sh.panel_id FROM scoring.sheet_submissions sub"
      + " JOIN scoring.sheets sh ON sh.id = sub.sheet_id WHERE sub.submission_id = $1";
  static final String RECUSED = "SELECT 1 FROM scoring.recusals WHERE panel_id = $1 AND candidate_id = $2"
      + " AND examiner_id = $3";
  static final String SHEET = "SELECT id, version, total FROM scoring.sheets WHERE panel_id = $1 AND candidate_id = $2"
      + " AND examiner_id = $3 FOR UPDATE";
  static final String INSERT_SHEET = "INSERT INTO scoring.sheets (panel_id, candidate_id, examiner_id, scores, total)"
      + " VALUES ($1, $2, $3, $4, $5) RETURNING id, submitted_at";
  static final String RESCORE_SHEET = "UPDATE scoring.sheets SET scores = $2, total = $3, version = version + 1,"
      + " submitted_at = now() WHERE id = $1 RETURNING version, submitted_at";
  static final String INSERT_SUBMISSION = "INSERT INTO scoring.sheet_submissions (submission_id, sheet_id, version,"
      + " scores, total, reason, submitted_by) VALUES ($1, $2, $3, $4, $5, $6, $7)";

  static final String MY_SHEETS = "SELECT candidate_id, scores, total, version, submitted_at FROM scoring.sheets"
      + " WHERE panel_id = $1 AND examiner_id = $2";
  static final String PANEL_SHEETS = "SELECT candidate_id, examiner_id, scores, total, version, submitted_at"
      + " FROM scoring.sheets WHERE panel_id = $1 AND ($2::bigint IS NULL OR candidate_id = $2)";
  static final String PANEL_RECUSALS = "SELECT candidate_id, examiner_id, reason, by_examiner FROM scoring.recusals"
      + " WHERE panel_id = $1 AND ($2::bigint IS NULL OR candidate_id = $2)";
  static final String RESCORES = "SELECT candidate_id, examiner_id, version, total, previous_total, reason, received_at"
      + " FROM (SELECT sh.candidate_id, sh.examiner_id, sub.version, sub.total, sub.reason, sub.received_at,"
      + " lag(sub.total) OVER (PARTITION BY sub.sheet_id ORDER BY sub.version) AS previous_total"
      + " FROM scoring.sheet_submissions sub JOIN scoring.sheets sh ON sh.id = sub.sheet_id WHERE sh.panel_id = $1"
      + " AND ($2::bigint IS NULL OR sh.candidate_id = $2)) t WHERE version > 1 ORDER BY received_at";
  static final String PANEL_CANDIDATES = "SELECT pc.candidate_id, pc.draw_number, pc.status, pc.confirmed_at,"
      + " u.display_name AS confirmed_by, k.name, k.unit, k.current_post, po.code AS position_code,"
      + " po.name AS position_name FROM scoring.panel_candidates pc JOIN core.candidates k ON k.id = pc.candidate_id"
      + " JOIN core.positions po ON po.id = k.position_id LEFT JOIN core.users u ON u.id = pc.confirmed_by"
      + " WHERE pc.panel_id = $1 AND ($2::bigint IS NULL OR pc.candidate_id = $2)"
      + " ORDER BY pc.draw_number NULLS LAST, po.code, k.id";

  static final String CONFIRM = "UPDATE scoring.panel_candidates SET status = 'confirmed', confirmed_by = $3,"
      + " confirmed_at = now() WHERE panel_id = $1 AND candidate_id = $2";
  static final String REOPEN = "UPDATE scoring.panel_candidates SET status = 'open', confirmed_by = NULL,"
      + " confirmed_at = NULL WHERE panel_id = $1 AND candidate_id = $2";
  static final String RECORD_RESULT = "INSERT INTO scoring.stage_results (stage_id, candidate_id, points, max_points,"
      + " source, source_ref, note, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, 'panel', $5, $6, $7, now())"
      + " ON CONFLICT (stage_id, candidate_id) DO UPDATE SET points = EXCLUDED.points,"
      + " max_points = EXCLUDED.max_points, source = EXCLUDED.source, source_ref = EXCLUDED.source_ref,"
      + " note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, recorded_at = now()";
  static final String WITHDRAW_RESULT = "DELETE FROM scoring.stage_results WHERE stage_id = $1 AND candidate_id = $2"
      + " AND source = 'panel' RETURNING points";

  private SheetSql() {
  }
}
