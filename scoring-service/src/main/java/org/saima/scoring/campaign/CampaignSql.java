package org.saima.scoring.campaign;

/** SQL for campaigns, positions and candidates (all in {@code core}). */
final class CampaignSql {
  static final String CAMPAIGN_COLUMNS = "c.id, c.name, c.organizer, c.description, c.status, c.version,"
      + " c.created_at, c.updated_at,"
      + " (SELECT count(*) FROM core.positions p WHERE p.campaign_id = c.id) AS position_count,"
      + " (SELECT count(*) FROM core.candidates k WHERE k.campaign_id = c.id) AS candidate_count";
  static final String LIST_ALL = "SELECT " + CAMPAIGN_COLUMNS + " FROM core.campaigns c ORDER BY c.id DESC";
  static final String LIST_GRANTED = "SELECT " + CAMPAIGN_COLUMNS + " FROM core.campaigns c"
      + " WHERE c.id = ANY ($1::bigint[]) ORDER BY c.id DESC";
  static final String GET = "SELECT " + CAMPAIGN_COLUMNS + " FROM core.campaigns c WHERE c.id = $1";
  static final String INSERT = "INSERT INTO core.campaigns (name, organizer, description, created_by)"
      + " VALUES ($1, $2, $3, $4) RETURNING id";
  static final String UPDATE = "UPDATE core.campaigns SET name = $2, organizer = $3, description = $4,"
      + " status = $5, version = version + 1, updated_at = now() WHERE id = $1 AND version = $6 RETURNING id";
  static final String EXISTS = "SELECT version FROM core.campaigns WHERE id = $1";

  static final String POSITION_COLUMNS = "p.id, p.campaign_id, p.code, p.name, p.unit, p.seats,"
      + " (SELECT count(*) FROM core.candidates k WHERE k.position_id = p.id) AS candidate_count";
  static final String POSITIONS = "SELECT " + POSITION_COLUMNS + " FROM core.positions p"
      + " WHERE p.campaign_id = $1 ORDER BY p.code";
  static final String POSITION = "SELECT " + POSITION_COLUMNS + " FROM core.positions p"
      + " WHERE p.campaign_id = $1 AND p.id = $2";
  static final String POSITION_INSERT = "INSERT INTO core.positions (campaign_id, code, name, unit, seats)"
      + " VALUES ($1, $2, $3, $4, $5) RETURNING id";
  static final String POSITION_UPDATE = "UPDATE core.positions SET code = $3, name = $4, unit = $5, seats = $6"
      + " WHERE campaign_id = $1 AND id = $2 RETURNING id";

  static final String CANDIDATE_COLUMNS = "k.id, k.campaign_id, k.position_id, p.code AS position_code,"
      + " p.name AS position_name, k.name, k.id_card, k.unit, k.current_post, k.phone";
  static final String CANDIDATES = "SELECT " + CANDIDATE_COLUMNS + " FROM core.candidates k"
      + " JOIN core.positions p ON p.id = k.position_id"
      + " WHERE k.campaign_id = $1 AND ($2::bigint IS NULL OR k.position_id = $2) ORDER BY p.code, k.id";
  static final String CANDIDATE = "SELECT " + CANDIDATE_COLUMNS + " FROM core.candidates k"
      + " JOIN core.positions p ON p.id = k.position_id WHERE k.campaign_id = $1 AND k.id = $2";
  static final String CANDIDATE_INSERT = "INSERT INTO core.candidates (campaign_id, position_id, name, id_card,"
      + " unit, current_post, phone) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
  static final String CANDIDATE_UPDATE = "UPDATE core.candidates SET position_id = $3, name = $4,"
      + " id_card = $5, unit = $6, current_post = $7, phone = $8, updated_at = now()"
      + " WHERE campaign_id = $1 AND id = $2 RETURNING id";
  static final String CANDIDATES_BULK_INSERT = "INSERT INTO core.candidates (campaign_id, position_id, name,"
      + " id_card, unit, current_post, phone) SELECT $1, * FROM UNNEST($2::bigint[], $3::text[], $4::text[],"
      + " $5::text[], $6::text[], $7::text[])";
  static final String ID_CARDS = "SELECT id, id_card FROM core.candidates WHERE campaign_id = $1";
  static final String GRANT = "INSERT INTO core.user_campaigns (user_id, campaign_id) VALUES ($1, $2)"
      + " ON CONFLICT DO NOTHING";

  private CampaignSql() {
  }
}
