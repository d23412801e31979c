package org.saima.shared.auth;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.Arrays;
import java.util.List;

/** A staff account as stored, with the campaigns it may act on. */
public record StaffUser(long id, String username, String displayName, String passwordHash, List<String> roles,
    boolean allCampaigns, boolean active, List<Long> campaigns) {

  static final String COLUMNS = "u.id, u.username, u.display_name, u.password_hash, u.roles, u.all_campaigns,"
      + " u.active, ARRAY(SELECT uc.campaign_id FROM core.user_campaigns uc WHERE uc.user_id = u.id"
      + " ORDER BY uc.campaign_id) AS campaigns";

  static StaffUser fromRow(Row row) {
    return new StaffUser(row.getLong("id"), row.getString("username"), row.getString("display_name"),
        row.getString("password_hash"), Arrays.asList(row.getArrayOfStrings("roles")),
        row.getBoolean("all_campaigns"), row.getBoolean("active"), Arrays.asList(row.getArrayOfLongs("campaigns")));
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id).put("username", username).put("displayName", displayName)
        .put("roles", new JsonArray(roles)).put("allCampaigns", allCampaigns).put("active", active)
        .put("campaigns", new JsonArray(campaigns));
  }
}
