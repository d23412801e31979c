package org.saima.scoring.ranking;

import org.saima.scoring.stage.Stage;

/** SQL the selection reads: positions, candidates, stages, results and the organizer's tie decisions. */
final class RankingSql {
  static final String POSITIONS = "SELECT id, code, name, unit, seats FROM core.positions WHERE campaign_id = $1"
      + " ORDER BY code";
  static final String CANDIDATES = "SELECT id, position_id, name, unit, current_post, id_card FROM core.candidates"
      + " WHERE campaign_id = $1 ORDER BY id";
  static final String STAGES = "SELECT " + Stage.COLUMNS + " FROM scoring.stages s WHERE s.campaign_id = $1"
      + " ORDER BY s.seq";
  static final String RESULTS = "SELECT r.stage_id, r.candidate_id, r.points, r.max_points, r.source"
      + " FROM scoring.stage_results r JOIN scoring.stages s ON s.id = r.stage_id WHERE s.campaign_id = $1";
  static final String DECISIONS = "SELECT d.id, d.position_id, d.round, d.candidate_ids, d.reason, d.decided_at,"
      + " u.display_name AS decided_by FROM scoring.tie_decisions d JOIN core.users u ON u.id = d.decided_by"
      + " WHERE d.campaign_id = $1 ORDER BY d.id DESC";
  static final String INSERT_DECISION = "INSERT INTO scoring.tie_decisions (campaign_id, position_id, round,"
      + " candidate_ids, reason, decided_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";

  private RankingSql() {
  }
}
