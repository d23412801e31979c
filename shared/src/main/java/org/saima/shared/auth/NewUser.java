package org.saima.shared.auth;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.saima.shared.http.Problem;

/** A staff account to create, checked field by field. */
public record NewUser(String username, String displayName, String password, List<String> roles,
    boolean allCampaigns, List<Long> campaigns) {

  public static NewUser fromJson(JsonObject body) {
    JsonArray errors = new JsonArray();
    String username = body.getString("username", "").trim();
    if (!username.matches("[A-Za-z0-9._-]{3,40}")) {
      errors.add(Problem.field("username", "3 to 40 letters, digits, dot, dash or underscore"));
    }
    String password = body.getString("password", "");
    String weakness = Passwords.weakness(password);
    if (weakness != null) {
      errors.add(Problem.field("password", weakness));
    }
    List<String> roles = new ArrayList<>();
    body.getJsonArray("roles", new JsonArray()).forEach(role -> roles.add(String.valueOf(role)));
    if (roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
      errors.add(Problem.field("roles", "one or more of " + Roles.ALL));
    }
    List<Long> campaigns = new ArrayList<>();
    body.getJsonArray("campaigns", new JsonArray()).forEach(c -> campaigns.add(((Number) c).longValue()));
    if (!errors.isEmpty()) {
      throw Problem.badRequest("The new account has invalid fields.", errors);
    }
    String displayName = body.getString("displayName", username).trim();
    return new NewUser(username, displayName.isEmpty() ? username : displayName, password, List.copyOf(roles),
        body.getBoolean("allCampaigns", false), List.copyOf(campaigns));
  }
}
