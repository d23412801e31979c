package org.saima.live.support;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.saima.shared.testing.Api;
import org.saima.shared.testing.TestDatabase;

/**
 * Realistic set-up for tests: a campaign with one position (one seat) and three candidates, written
 * straight into core as scoring-service would have, and a live event over them.
 */
public final class Demo {
  public record Campaign(long campaignId, long positionId, List<Long> candidateIds) {
  }

  private Demo() {
  }

  public static Campaign campaign(TestDatabase db, String name) {
    long campaign = db.queryLong("INSERT INTO core.campaigns (name, organizer) VALUES ('" + name
        + "', '中共临江市委组织部') RETURNING id");
    long position = db.queryLong("INSERT INTO core.positions (campaign_id, code, name, unit, seats) VALUES (" + campaign
        + ", 'CZ01', '市财政局副局长', '临江市财政局', 1) RETURNING id");
    String[][] people = {
        {"赵文博", "331002198403120133", "临江市发展和改革委员会", "综合科科长"},
        {"孙丽娟", "331002198707260244", "临江市财政局", "预算科科长"},
        {"钱建军", "331002198209150355", "西岭县人民政府办公室", "副主任"}};
    List<Long> ids = java.util.Arrays.stream(people).map(p -> db.queryLong(
        "INSERT INTO core.candidates (campaign_id, position_id, name, id_card, unit, current_post) VALUES (" + campaign
            + ", " + position + ", '" + p[0] + "', '" + p[1] + "', '" + p[2] + "', '" + p[3] + "') RETURNING id"))
        .toList();
    return new Campaign(campaign, position, ids);
  }

  /** 领导班子成员 5 (weight 0.4, ×3), 中层干部 20 (0.3), 基层干部群众 100 (0.3). */
  public static JsonObject eventRequest(Campaign c) {
    return new JsonObject().put("name", "市财政局副局长岗位竞职演讲与现场答辩").put("venue", "市委党校报告厅")
        .put("positionId", c.positionId()).put("speechSeconds", 480).put("qaSeconds", 300)
        .put("categories", new JsonArray()
            .add(new JsonObject().put("name", "领导班子成员").put("entitled", 5).put("weight", 0.4).put("multiplier", 3))
            .add(new JsonObject().put("name", "中层干部").put("entitled", 20).put("weight", 0.3))
            .add(new JsonObject().put("name", "基层干部群众").put("entitled", 100).put("weight", 0.3)));
  }

  public static String eventsPath(Campaign c) {
    return "/api/campaigns/" + c.campaignId() + "/events";
  }

  /** Creates the event; answers its JSON. */
  public static Future<JsonObject> event(Api organizer, Campaign c) {
    return organizer.post(eventsPath(c), eventRequest(c)).map(r -> {
      if (r.statusCode() != 201) {
        throw new AssertionError("event: " + r.statusCode() + " " + r.bodyAsString());
      }
      return r.bodyAsJsonObject();
    });
  }

  public static long category(JsonObject event, int index) {
    return event.getJsonArray("categories").getJsonObject(index).getLong("id");
  }

  /** Issues tokens; answers their typed codes. */
  public static Future<List<String>> tokens(Api organizer, Campaign c, long eventId, long categoryId, int count) {
    return organizer.post(eventsPath(c) + "/" + eventId + "/tokens", new JsonObject().put("categoryId", categoryId)
        .put("count", count).put("baseUrl", "http://127.0.0.1:" + organizer.port())).map(r -> {
          if (r.statusCode() != 201) {
            throw new AssertionError("tokens: " + r.statusCode() + " " + r.bodyAsString());
          }
          return r.bodyAsJsonObject().getJsonArray("tokens").stream()
              .map(t -> ((JsonObject) t).getString("code")).toList();
        });
  }

  public static Future<JsonObject> poll(Api organizer, Campaign c, long eventId, JsonObject request) {
    return organizer.post(eventsPath(c) + "/" + eventId + "/polls", request).map(r -> {
      if (r.statusCode() != 201) {
        throw new AssertionError("poll: " + r.statusCode() + " " + r.bodyAsString());
      }
      return r.bodyAsJsonObject();
    });
  }

  public static Future<JsonObject> step(Api organizer, Campaign c, long eventId, long pollId, String action) {
    return organizer.post(eventsPath(c) + "/" + eventId + "/polls/" + pollId + "/" + action, new JsonObject())
        .map(r -> {
          if (r.statusCode() != 200) {
            throw new AssertionError(action + ": " + r.statusCode() + " " + r.bodyAsString());
          }
          return r.bodyAsJsonObject();
        });
  }

  /** Joins with a ballot token; answers a client carrying the observer token. */
  public static Future<Api> join(Api anonymous, String token) {
    return anonymous.post("/api/observer/join", new JsonObject().put("token", token)).map(r -> {
      if (r.statusCode() != 200) {
        throw new AssertionError("join: " + r.statusCode() + " " + r.bodyAsString());
      }
      return anonymous.as(r.bodyAsJsonObject().getString("observerToken"));
    });
  }

  public static JsonObject approve(List<Long> candidates, String... choices) {
    JsonObject approval = new JsonObject();
    for (int i = 0; i < choices.length; i++) {
      approval.put(String.valueOf(candidates.get(i)), choices[i]);
    }
    return new JsonObject().put("approval", approval);
  }

  public static JsonObject marked(Long... candidates) {
    return new JsonObject().put("marked", new JsonArray(List.of(candidates)));
  }
}
