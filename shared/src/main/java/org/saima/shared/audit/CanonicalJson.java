package org.saima.shared.audit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JSON text with object keys sorted at every level, so equal content always hashes the same. */
public final class CanonicalJson {
  private CanonicalJson() {
  }

  public static String encode(JsonObject object) {
    return new JsonObject(sorted(object.getMap())).encode();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> sorted(Map<String, Object> map) {
    Map<String, Object> result = new TreeMap<>();
    map.forEach((key, value) -> result.put(key, canonical(value)));
    return result;
  }

  @SuppressWarnings("unchecked")
  private static Object canonical(Object value) {
    if (value instanceof JsonObject object) {
      return sorted(object.getMap());
    }
    if (value instanceof Map<?, ?> map) {
      return sorted((Map<String, Object>) map);
    }
    if (value instanceof JsonArray array) {
      return array.getList().stream().map(CanonicalJson::canonical).toList();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(CanonicalJson::canonical).toList();
    }
    return value;
  }
}
