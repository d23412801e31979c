package org.saima.shared.http;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Loads a service's OpenAPI document and merges in the operations every service shares (sign-in,
 * audit), so each service serves one complete contract at {@code /openapi.yaml}.
 */
public final class Contracts {
  private Contracts() {
  }

  public static JsonObject load(String serviceResource) {
    JsonObject common = read("openapi/common.yaml");
    JsonObject service = read(serviceResource);
    JsonObject paths = common.getJsonObject("paths").copy().mergeIn(service.getJsonObject("paths"));
    JsonObject components = common.getJsonObject("components").copy()
        .mergeIn(service.getJsonObject("components", new JsonObject()), 2);
    JsonObject merged = service.copy().put("paths", paths).put("components", components);
    merged.put("tags", common.getJsonArray("tags").copy().addAll(service.getJsonArray("tags",
        new io.vertx.core.json.JsonArray())));
    merged.put("security", common.getJsonArray("security"));
    return merged;
  }

  /**
   * The copy of a document handed to the Vert.x validator. vertx-openapi 5.0 refuses contracts naming
   * media types it cannot validate (application/problem+json, text/csv, xlsx); those stay in the
   * published document, and are dropped here: responses are not validated, and the few request bodies
   * in such types are checked by their handlers (their routes turn validation off).
   */
  public static JsonObject forValidator(JsonObject document) {
    JsonObject copy = document.copy();
    JsonObject paths = copy.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.fieldNames()) {
        if (item.getValue(method) instanceof JsonObject operation) {
          keepSupported(operation.getJsonObject("requestBody"), true);
          JsonObject responses = operation.getJsonObject("responses", new JsonObject());
          responses.forEach(entry -> keepSupported(responses.getJsonObject(entry.getKey()), false));
        }
      }
    }
    JsonObject shared = copy.getJsonObject("components").getJsonObject("responses", new JsonObject());
    shared.forEach(entry -> keepSupported(shared.getJsonObject(entry.getKey()), false));
    return copy;
  }

  private static void keepSupported(JsonObject holder, boolean request) {
    if (holder == null || holder.getJsonObject("content") == null) {
      return;
    }
    JsonObject content = holder.getJsonObject("content");
    content.fieldNames().removeIf(type -> !MediaType.isMediaTypeSupported(type));
    if (content.isEmpty()) {
      if (request) {
        content.put(MediaType.APPLICATION_OCTET_STREAM, new JsonObject());
      } else {
        holder.remove("content");
      }
    }
  }

  public static String toYaml(JsonObject document) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    options.setWidth(120);
    // Decoding the JSON text gives plain nested maps and lists, which YAML dumps without type tags.
    return new Yaml(options).dump(new JsonObject(document.encode()).getMap());
  }

  @SuppressWarnings("unchecked")
  private static JsonObject read(String resource) {
    try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing OpenAPI document " + resource);
      }
      Map<String, Object> yaml = new Yaml(new LoaderOptions()).load(in);
      // A JSON round trip turns the YAML maps into plain JSON values, in their written order.
      return new JsonObject(Json.encode(new LinkedHashMap<>(yaml)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
