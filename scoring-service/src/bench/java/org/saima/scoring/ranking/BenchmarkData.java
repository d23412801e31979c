package org.saima.scoring.ranking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Generates the benchmark campaign in SQL: 20 positions of 5 seats with 100 candidates each (2,000), ten
 * stages (a pass-mark exam, seven scored stages, two panel stages), 50 examiner accounts sitting on five
 * panels of ten per panel stage, a sheet from each examiner for each of their panel's candidates (40,000
 * sheets), every panel candidate confirmed with the trimmed mean as stage result. Scores come from a
 * seeded random sequence, so every run ranks the same campaign.
 */
final class BenchmarkData {
  static final int POSITIONS = 20;
  static final int PER_POSITION = 100;
  static final int EXAMINERS = 50;
  static final int PER_PANEL = 10;

  private BenchmarkData() {
  }

  static long create(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("SELECT setseed(0.2026)");
      long campaign = id(s, "INSERT INTO core.campaigns (name, organizer) VALUES ('基准：2,000 名竞职人、10 个环节、50 名评委',"
          + " '基准测试') RETURNING id");
      s.execute("INSERT INTO core.positions (campaign_id, code, name, seats) SELECT " + campaign + ", 'P' || lpad(g::text, 2, '0'),"
          + " '岗位' || g, 5 FROM generate_series(1, " + POSITIONS + ") g");
      s.execute("INSERT INTO core.candidates (campaign_id, position_id, name, id_card, unit) SELECT " + campaign + ", p.id,"
          + " '竞职人' || g, lpad(g::text, 18, '0'), '某单位' FROM core.positions p"
          + " JOIN generate_series(1, " + POSITIONS * PER_POSITION + ") g ON p.code = 'P' || lpad((((g - 1) / "
          + PER_POSITION + ") + 1)::text, 2, '0') WHERE p.campaign_id = " + campaign);
      stages(s, campaign);
      results(s, campaign);
      examiners(s, campaign);
      panels(s, campaign);
      c.commit();
      return campaign;
    }
  }

  /** Stage 1: weight 0, pass mark 60; 2-8: 0.1 each; 9 and 10: panels, 0.15 each. Shortlists after 4 (1:10), 8 (1:6), 9 (1:3). */
  private static void stages(Statement s, long campaign) throws SQLException {
    s.execute("INSERT INTO scoring.stages (campaign_id, seq, code, name, source, source_ref, weight, pass_mark,"
        + " shortlist_ratio) SELECT " + campaign + ", g, 'S' || g, '环节' || g,"
        + " CASE WHEN g >= 9 THEN 'panel' ELSE 'manual' END, '',"
        + " CASE WHEN g = 1 THEN 0 WHEN g >= 9 THEN 0.15 ELSE 0.1 END, CASE WHEN g = 1 THEN 60 END,"
        + " CASE g WHEN 4 THEN 10 WHEN 8 THEN 6 WHEN 9 THEN 3 END FROM generate_series(1, 10) g");
  }

  /** Stages 1-8: every candidate has a result between 50 and 100 points (so about 1 in 5 fails stage 1's 60). */
  private static void results(Statement s, long campaign) throws SQLException {
    s.execute("INSERT INTO scoring.stage_results (stage_id, candidate_id, points, max_points, source)"
        + " SELECT st.id, k.id, round((50 + random() * 50)::numeric, 2), 100, 'manual' FROM scoring.stages st"
        + " JOIN core.candidates k ON k.campaign_id = st.campaign_id WHERE st.campaign_id = " + campaign + " AND st.seq <= 8");
  }

  private static void examiners(Statement s, long campaign) throws SQLException {
    s.execute("INSERT INTO core.users (username, display_name, password_hash, roles) SELECT 'bench' || g, '评委' || g,"
        + " 'x', ARRAY['examiner'] FROM generate_series(1, " + EXAMINERS + ") g");
    s.execute("INSERT INTO core.user_campaigns (user_id, campaign_id) SELECT id, " + campaign
        + " FROM core.users WHERE username LIKE 'bench%'");
  }

  /** Per panel stage, five panels of ten examiners; panel n scores positions 4n-3..4n. */
  private static void panels(Statement s, long campaign) throws SQLException {
    s.execute("INSERT INTO scoring.panels (campaign_id, stage_id, name, drop_highest, drop_lowest, minimum_for_dropping,"
        + " outlier_limit) SELECT " + campaign + ", st.id, st.name || '第' || g || '考官组', 1, 1, 5, 8"
        + " FROM scoring.stages st, generate_series(1, 5) g WHERE st.campaign_id = " + campaign + " AND st.seq >= 9");
    s.execute("INSERT INTO scoring.rubric_dimensions (panel_id, seq, name, maximum, weight) SELECT p.id, d.seq, d.name,"
        + " d.maximum, 1 FROM scoring.panels p, (VALUES (1, '政治素质', 20), (2, '岗位认知', 20), (3, '工作思路', 25),"
        + " (4, '语言表达', 15), (5, '应变能力', 20)) d(seq, name, maximum) WHERE p.campaign_id = " + campaign);
    s.execute("INSERT INTO scoring.panel_examiners (panel_id, user_id, seat, chief) SELECT p.id, u.id,"
        + " ((u.n - 1) % " + PER_PANEL + ") + 1, (u.n - 1) % " + PER_PANEL + " = 0 FROM scoring.panels p"
        + " JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM core.users WHERE username LIKE 'bench%') u"
        + " ON (u.n - 1) / " + PER_PANEL + " + 1 = substring(p.name FROM '第(\\d+)考官组')::int"
        + " WHERE p.campaign_id = " + campaign);
    s.execute("INSERT INTO scoring.panel_candidates (panel_id, stage_id, candidate_id, draw_number, status)"
        + " SELECT p.id, p.stage_id, k.id, row_number() OVER (PARTITION BY p.id ORDER BY k.id), 'confirmed'"
        + " FROM scoring.panels p JOIN core.positions po ON po.campaign_id = p.campaign_id"
        + " AND (substring(po.code FROM 2)::int - 1) / 4 + 1 = substring(p.name FROM '第(\\d+)考官组')::int"
        + " JOIN core.candidates k ON k.position_id = po.id WHERE p.campaign_id = " + campaign);
    s.execute("INSERT INTO scoring.sheets (panel_id, candidate_id, examiner_id, scores, total)"
        + " SELECT pc.panel_id, pc.candidate_id, pe.user_id, jsonb_build_object('政治素质', t * 0.2, '岗位认知', t * 0.2,"
        + " '工作思路', t * 0.25, '语言表达', t * 0.15, '应变能力', t * 0.2), t FROM scoring.panel_candidates pc"
        + " JOIN scoring.panel_examiners pe ON pe.panel_id = pc.panel_id"
        + " CROSS JOIN LATERAL (SELECT round((60 + random() * 35)::numeric, 0) + pe.seat * 0 AS t) r"
        + " JOIN scoring.panels p ON p.id = pc.panel_id WHERE p.campaign_id = " + campaign);
    // The chief's confirmation: the trimmed mean (drop one highest, one lowest of ten), half up to 2 decimals.
    s.execute("INSERT INTO scoring.stage_results (stage_id, candidate_id, points, max_points, source, source_ref)"
        + " SELECT pc.stage_id, pc.candidate_id, round((sum(sh.total) - max(sh.total) - min(sh.total)) / (count(*) - 2), 2),"
        + " 100, 'panel', 'panel:' || pc.panel_id FROM scoring.panel_candidates pc JOIN scoring.sheets sh"
        + " ON sh.panel_id = pc.panel_id AND sh.candidate_id = pc.candidate_id JOIN scoring.panels p ON p.id = pc.panel_id"
        + " WHERE p.campaign_id = " + campaign + " GROUP BY pc.stage_id, pc.candidate_id, pc.panel_id");
  }

  static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long id(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
