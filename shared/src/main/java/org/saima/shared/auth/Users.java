package org.saima.shared.auth;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** SQL for staff accounts. */
public final class Users {
  private static final String BY_USERNAME =
      "SELECT " + StaffUser.COLUMNS + " FROM core.users u WHERE lower(u.username) = lower($1)";
  private static final String BY_ID = "SELECT " + StaffUser.COLUMNS + " FROM core.users u WHERE u.id = $1";
  private static final String ALL = "SELECT " + StaffUser.COLUMNS + " FROM core.users u ORDER BY u.id";
  private static final String INSERT = "INSERT INTO core.users (username, display_name, password_hash, roles,"
      + " all_campaigns) VALUES ($1, $2, $3, $4, $5) RETURNING id";
  private static final String GRANT =
      "INSERT INTO core.user_campaigns (user_id, campaign_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";
  private static final String COUNT_ORGANIZERS =
      "SELECT count(*) AS n FROM core.users WHERE active AND 'organizer' = ANY (roles)";

  private Users() {
  }

  public static Future<StaffUser> byUsername(SqlClient sql, String username) {
    return sql.preparedQuery(BY_USERNAME).execute(Tuple.of(username)).map(Users::first);
  }

  public static Future<StaffUser> byId(SqlClient sql, long id) {
    return sql.preparedQuery(BY_ID).execute(Tuple.of(id)).map(Users::first);
  }

  public static Future<List<StaffUser>> all(SqlClient sql) {
    return sql.preparedQuery(ALL).execute().map(rows -> {
      List<StaffUser> users = new ArrayList<>();
      rows.forEach(row -> users.add(StaffUser.fromRow(row)));
      return users;
    });
  }

  public static Future<Long> insert(SqlClient sql, NewUser user, String passwordHash) {
    return sql.preparedQuery(INSERT)
        .execute(Tuple.of(user.username(), user.displayName(), passwordHash,
            user.roles().toArray(new String[0]), user.allCampaigns()))
        .map(rows -> rows.iterator().next().getLong("id"));
  }

  public static Future<Void> grant(SqlClient sql, long userId, long campaignId) {
    return sql.preparedQuery(GRANT).execute(Tuple.of(userId, campaignId)).mapEmpty();
  }

  public static Future<Long> countOrganizers(SqlClient sql) {
    return sql.query(COUNT_ORGANIZERS).execute().map(rows -> rows.iterator().next().getLong("n"));
  }

  private static StaffUser first(RowSet<Row> rows) {
    return rows.size() == 0 ? null : StaffUser.fromRow(rows.iterator().next());
  }
}
