package org.saima.scoring.notice;

/** SQL for public notices (公示), their entries and the objections received. */
final class NoticeSql {
  static final String INSERT = "INSERT INTO scoring.notices (campaign_id, title, starts_on, ends_on, contact,"
      + " published_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
  static final String INSERT_ENTRIES = "INSERT INTO scoring.notice_entries (notice_id, candidate_id, position_id, seq,"
      + " composite) SELECT $1, c, p, s, v FROM UNNEST($2::bigint[], $3::bigint[], $4::int[], $5::numeric[])"
      + " AS t(c, p, s, v)";
  static final String LIST = "SELECT n.id, n.title, n.starts_on, n.ends_on, n.published_at,"
      + " (SELECT count(*) FROM scoring.notice_entries e WHERE e.notice_id = n.id) AS entry_count,"
      + " (SELECT count(*) FROM scoring.objections o WHERE o.notice_id = n.id) AS objection_count"
      + " FROM scoring.notices n WHERE n.campaign_id = $1 ORDER BY n.id DESC";
  static final String NOTICE = "SELECT n.id, n.campaign_id, n.title, n.starts_on, n.ends_on, n.contact, n.published_at,"
      + " c.name AS campaign_name, c.organizer, u.display_name AS published_by FROM scoring.notices n"
      + " JOIN core.campaigns c ON c.id = n.campaign_id JOIN core.users u ON u.id = n.published_by"
      + " WHERE n.id = $1 AND ($2::bigint IS NULL OR n.campaign_id = $2)";
  static final String ENTRIES = "SELECT e.candidate_id, e.seq, e.composite, e.status, e.hold_reason, k.name, k.unit,"
      + " k.current_post, k.id_card, p.code AS position_code, p.name AS position_name, p.unit AS position_unit"
      + " FROM scoring.notice_entries e JOIN core.candidates k ON k.id = e.candidate_id"
      + " JOIN core.positions p ON p.id = e.position_id WHERE e.notice_id = $1 ORDER BY e.seq";
  static final String OBJECTIONS = "SELECT o.id, o.candidate_id, o.received_on, o.channel, o.summary, o.recorded_at,"
      + " k.name AS candidate_name, u.display_name AS recorded_by FROM scoring.objections o"
      + " LEFT JOIN core.candidates k ON k.id = o.candidate_id JOIN core.users u ON u.id = o.recorded_by"
      + " WHERE o.notice_id = $1 ORDER BY o.id";
  static final String INSERT_OBJECTION = "INSERT INTO scoring.objections (notice_id, candidate_id, received_on, channel,"
      + " summary, recorded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
  static final String ENTRY = "SELECT status FROM scoring.notice_entries WHERE notice_id = $1 AND candidate_id = $2"
      + " FOR UPDATE";
  static final String SET_STATUS = "UPDATE scoring.notice_entries SET status = $3, hold_reason = $4"
      + " WHERE notice_id = $1 AND candidate_id = $2";

  private NoticeSql() {
  }
}
