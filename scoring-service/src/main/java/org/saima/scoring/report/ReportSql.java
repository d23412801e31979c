package org.saima.scoring.report;

/** SQL for candidate details and charts. */
final class ReportSql {
  static final String CANDIDATE = "SELECT k.id, k.name, k.unit, k.current_post, k.id_card, k.position_id,"
      + " p.code AS position_code, p.name AS position_name, p.seats FROM core.candidates k"
      + " JOIN core.positions p ON p.id = k.position_id WHERE k.campaign_id = $1 AND k.id = $2";
  static final String RESULTS = "SELECT r.stage_id, r.points, r.max_points, r.source, r.source_ref, r.note, r.recorded_at,"
      + " u.display_name AS recorded_by FROM scoring.stage_results r JOIN scoring.stages s ON s.id = r.stage_id"
      + " LEFT JOIN core.users u ON u.id = r.recorded_by WHERE s.campaign_id = $1 AND r.candidate_id = $2";
  static final String PANELS_OF = "SELECT pc.panel_id FROM scoring.panel_candidates pc JOIN scoring.panels p"
      + " ON p.id = pc.panel_id WHERE p.campaign_id = $1 AND pc.candidate_id = $2";
  static final String ALL_RESULTS = "SELECT r.stage_id, r.points, r.max_points FROM scoring.stage_results r"
      + " JOIN scoring.stages s ON s.id = r.stage_id WHERE s.campaign_id = $1";

  private ReportSql() {
  }
}
