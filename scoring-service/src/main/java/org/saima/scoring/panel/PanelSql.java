package org.saima.scoring.panel;

/** SQL for panels, their rubric, examiners, candidates and recusals. */
final class PanelSql {
  static final String PANEL_COLUMNS = "p.id, p.campaign_id, p.stage_id, p.name, p.drop_highest, p.drop_lowest,"
      + " p.minimum_for_dropping, p.outlier_limit, p.version, s.code AS stage_code, s.name AS stage_name";
  static final String LIST = "SELECT " + PANEL_COLUMNS + ","
      + " (SELECT count(*) FROM scoring.panel_examiners pe WHERE pe.panel_id = p.id) AS examiner_count,"
      + " (SELECT count(*) FROM scoring.panel_candidates pc WHERE pc.panel_id = p.id) AS candidate_count,"
      + " (SELECT count(*) FROM scoring.panel_candidates pc WHERE pc.panel_id = p.id AND pc.status = 'confirmed')"
      + " AS confirmed_count FROM scoring.panels p JOIN scoring.stages s ON s.id = p.stage_id"
      + " WHERE p.campaign_id = $1 ORDER BY s.seq, p.id";
  static final String GET = "SELECT " + PANEL_COLUMNS + " FROM scoring.panels p"
      + " JOIN scoring.stages s ON s.id = p.stage_id WHERE p.campaign_id = $1 AND p.id = $2";
  static final String DIMENSIONS = "SELECT seq, name, maximum, weight, guidance FROM scoring.rubric_dimensions"
      + " WHERE panel_id = $1 ORDER BY seq";
  static final String EXAMINERS = "SELECT pe.user_id, pe.seat, pe.chief, u.username, u.display_name"
      + " FROM scoring.panel_examiners pe JOIN core.users u ON u.id = pe.user_id WHERE pe.panel_id = $1 ORDER BY pe.seat";
  static final String CANDIDATES = "SELECT pc.candidate_id, pc.draw_number, pc.status, pc.confirmed_at, k.name, k.unit,"
      + " k.current_post, po.code AS position_code, po.name AS position_name FROM scoring.panel_candidates pc"
      + " JOIN core.candidates k ON k.id = pc.candidate_id JOIN core.positions po ON po.id = k.position_id"
      + " WHERE pc.panel_id = $1 ORDER BY pc.draw_number NULLS LAST, po.code, k.id";
  static final String RECUSALS = "SELECT r.examiner_id, r.candidate_id, r.by_examiner, r.reason, r.created_at,"
      + " u.display_name AS declared_by FROM scoring.recusals r JOIN core.users u ON u.id = r.declared_by"
      + " WHERE r.panel_id = $1 ORDER BY r.created_at";

  static final String INSERT = "INSERT INTO scoring.panels (campaign_id, stage_id, name, drop_highest, drop_lowest,"
      + " minimum_for_dropping, outlier_limit) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
  static final String UPDATE = "UPDATE scoring.panels SET stage_id = $3, name = $4, drop_highest = $5, drop_lowest = $6,"
      + " minimum_for_dropping = $7, outlier_limit = $8, version = version + 1 WHERE campaign_id = $1 AND id = $2";
  static final String CLEAR_DIMENSIONS = "DELETE FROM scoring.rubric_dimensions WHERE panel_id = $1";
  static final String INSERT_DIMENSIONS = "INSERT INTO scoring.rubric_dimensions (panel_id, seq, name, maximum, weight,"
      + " guidance) SELECT $1, s, n, m, w, g FROM UNNEST($2::int[], $3::text[], $4::numeric[], $5::numeric[],"
      + " $6::text[]) AS t(s, n, m, w, g)";
  /** Examiners taken off the panel go (with their recusals); the others keep their recusals. */
  static final String REMOVE_EXAMINERS = "DELETE FROM scoring.panel_examiners WHERE panel_id = $1"
      + " AND NOT (user_id = ANY ($2::bigint[]))";
  static final String UPSERT_EXAMINERS = "INSERT INTO scoring.panel_examiners (panel_id, user_id, seat, chief)"
      + " SELECT $1, u, s, false FROM UNNEST($2::bigint[], $3::int[]) AS t(u, s)"
      + " ON CONFLICT (panel_id, user_id) DO UPDATE SET seat = EXCLUDED.seat, chief = false";
  static final String SET_CHIEF = "UPDATE scoring.panel_examiners SET chief = true WHERE panel_id = $1 AND user_id = $2";
  /** Accounts that may sit on a panel of the campaign: active examiners granted it (or all campaigns). */
  static final String ELIGIBLE = "SELECT u.id, u.display_name, u.username FROM core.users u WHERE u.active"
      + " AND 'examiner' = ANY (u.roles) AND (u.all_campaigns OR EXISTS (SELECT 1 FROM core.user_campaigns uc"
      + " WHERE uc.user_id = u.id AND uc.campaign_id = $1)) ORDER BY u.display_name, u.id";
  static final String SHEET_COUNT = "SELECT count(*) AS n FROM scoring.sheets WHERE panel_id = $1";
  static final String STAGE = "SELECT source FROM scoring.stages WHERE campaign_id = $1 AND id = $2";

  static final String CURRENT_CANDIDATES = "SELECT pc.candidate_id, pc.draw_number, EXISTS (SELECT 1 FROM scoring.sheets sh"
      + " WHERE sh.panel_id = pc.panel_id AND sh.candidate_id = pc.candidate_id) AS scored"
      + " FROM scoring.panel_candidates pc WHERE pc.panel_id = $1";
  static final String REMOVE_CANDIDATES = "DELETE FROM scoring.panel_candidates WHERE panel_id = $1"
      + " AND NOT (candidate_id = ANY ($2::bigint[]))";
  static final String UPSERT_CANDIDATES = "INSERT INTO scoring.panel_candidates (panel_id, stage_id, candidate_id,"
      + " draw_number) SELECT $1, $2, c, d FROM UNNEST($3::bigint[], $4::int[]) AS t(c, d)"
      + " ON CONFLICT (panel_id, candidate_id) DO UPDATE SET draw_number = EXCLUDED.draw_number";
  static final String CLEAR_DRAW = "UPDATE scoring.panel_candidates SET draw_number = NULL WHERE panel_id = $1";
  static final String CAMPAIGN_CANDIDATES = "SELECT id FROM core.candidates WHERE campaign_id = $1"
      + " AND id = ANY ($2::bigint[])";
  static final String SET_DRAW = "UPDATE scoring.panel_candidates pc SET draw_number = t.d"
      + " FROM UNNEST($2::bigint[], $3::int[]) AS t(c, d) WHERE pc.panel_id = $1 AND pc.candidate_id = t.c";

  static final String MEMBERSHIP = "SELECT p.id, pe.seat, pe.chief FROM scoring.panels p"
      + " LEFT JOIN scoring.panel_examiners pe ON pe.panel_id = p.id AND pe.user_id = $3"
      + " WHERE p.campaign_id = $1 AND p.id = $2";
  static final String MY_PANELS = "SELECT p.id, p.campaign_id, p.name, pe.seat, pe.chief, c.name AS campaign_name,"
      + " s.name AS stage_name, (SELECT count(*) FROM scoring.panel_candidates pc WHERE pc.panel_id = p.id)"
      + " AS candidate_count FROM scoring.panel_examiners pe JOIN scoring.panels p ON p.id = pe.panel_id"
      + " JOIN core.campaigns c ON c.id = p.campaign_id JOIN scoring.stages s ON s.id = p.stage_id"
      + " WHERE pe.user_id = $1 ORDER BY c.id DESC, s.seq, p.id";

  static final String RECUSAL_STATE = "SELECT pc.status, EXISTS (SELECT 1 FROM scoring.sheets sh WHERE sh.panel_id = $1"
      + " AND sh.candidate_id = $2 AND sh.examiner_id = $3) AS scored,"
      + " EXISTS (SELECT 1 FROM scoring.panel_examiners pe WHERE pe.panel_id = $1 AND pe.user_id = $3) AS member"
      + " FROM scoring.panel_candidates pc WHERE pc.panel_id = $1 AND pc.candidate_id = $2 FOR UPDATE";
  static final String INSERT_RECUSAL = "INSERT INTO scoring.recusals (panel_id, examiner_id, candidate_id, declared_by,"
      + " by_examiner, reason) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING";

  private PanelSql() {
  }
}
