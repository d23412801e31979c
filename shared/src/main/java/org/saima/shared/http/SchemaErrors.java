package org.saima.shared.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.OutputUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites JSON-schema validation output as one plain message per offending field: "name: is
 * required", "seats: must be a integer (got a string)", "extra: is not a field of this request".
 */
final class SchemaErrors {
  private static final Pattern REQUIRED = Pattern.compile("Instance does not have required property \"(.+)\"");
  private static final Pattern TYPE = Pattern.compile("Instance type (\\w+) is invalid\\. Expected (\\w+)");
  private static final Pattern ADDITIONAL = Pattern.compile("Property \"(.+)\" does not match additional.*");
  private static final Pattern GENERIC = Pattern.compile("(Property \".+\" does not match schema|A subschema had errors"
      + "|Instance does not match .*)");

  private SchemaErrors() {
  }

  static JsonArray describe(OutputUnit root) {
    Map<String, List<String>> byField = new LinkedHashMap<>();
    Map<String, String> fallback = new LinkedHashMap<>();
    for (OutputUnit unit : leaves(root)) {
      String field = field(unit.getInstanceLocation());
      String error = unit.getError() == null ? "is invalid" : unit.getError();
      Matcher required = REQUIRED.matcher(error);
      Matcher type = TYPE.matcher(error);
      if (required.matches()) {
        add(byField, join(field, required.group(1)), "is required");
      } else if (type.matches()) {
        add(byField, field, "must be " + article(type.group(2)) + " (got " + article(type.group(1)) + ")");
      } else if (ADDITIONAL.matcher(error).matches() || GENERIC.matcher(error).matches()) {
        fallback.putIfAbsent(field, ADDITIONAL.matcher(error).matches() ? "is not a field of this request"
            : "is invalid");
      } else {
        add(byField, field, plain(error));
      }
    }
    fallback.forEach((field, message) -> {
      if (!byField.containsKey(field)) {
        add(byField, field, message);
      }
    });
    JsonArray errors = new JsonArray();
    byField.forEach((field, messages) -> messages.forEach(m -> errors.add(Problem.field(field, m))));
    return errors;
  }

  private static String plain(String error) {
    return error
        .replaceFirst("^String is too short \\((\\d+) < (\\d+)\\)", "is too short: at least $2 characters")
        .replaceFirst("^String is too long \\((\\d+) > (\\d+)\\)", "is too long: at most $2 characters")
        .replaceFirst("^String does not match pattern.*", "does not have the expected form")
        .replaceFirst("^Instance ", "")
        .replaceFirst("^Property \".+\" ", "");
  }

  private static String article(String type) {
    return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }

  static String summary(JsonArray errors) {
    List<String> parts = new ArrayList<>();
    errors.forEach(e -> parts.add(((JsonObject) e).getString("field") + " " + ((JsonObject) e).getString("message")));
    return "The request has invalid fields: " + String.join("; ", parts) + ".";
  }

  private static List<OutputUnit> leaves(OutputUnit root) {
    List<OutputUnit> leaves = new ArrayList<>();
    if (root.getErrors() == null || root.getErrors().isEmpty()) {
      leaves.add(root);
    } else {
      root.getErrors().forEach(child -> leaves.addAll(leaves(child)));
    }
    return leaves;
  }

  private static void add(Map<String, List<String>> byField, String field, String message) {
    List<String> messages = byField.computeIfAbsent(field, k -> new ArrayList<>());
    if (!messages.contains(message)) {
      messages.add(message);
    }
  }

  private static String field(String location) {
    if (location == null || location.isEmpty() || "#".equals(location) || "/".equals(location)) {
      return "";
    }
    return location.replaceFirst("^#?/", "").replace('/', '.');
  }

  private static String join(String parent, String child) {
    return parent.isEmpty() ? child : parent + "." + child;
  }
}
