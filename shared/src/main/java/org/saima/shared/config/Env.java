package org.saima.shared.config;

import java.util.Map;

/** Reads typed values from environment variables and names the variable when one is wrong. */
final class Env {
  private final Map<String, String> values;

  Env(Map<String, String> values) {
    this.values = values;
  }

  String optional(String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  String string(String name, String fallback) {
    String value = optional(name);
    return value == null ? fallback : value;
  }

  int integer(String name, int fallback, int min, int max) {
    String value = optional(name);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      check(parsed >= min && parsed <= max, name, "must be between " + min + " and " + max);
      return parsed;
    } catch (NumberFormatException e) {
      throw new ConfigException(name, "must be a whole number, got '" + value + "'");
    }
  }

  int port(String name, int fallback) {
    return integer(name, fallback, 0, 65535);
  }

  boolean bool(String name, boolean fallback) {
    String value = optional(name);
    if (value == null) {
      return fallback;
    }
    return switch (value.toLowerCase()) {
      case "1", "true", "yes", "on" -> true;
      case "0", "false", "no", "off" -> false;
      default -> throw new ConfigException(name, "must be true or false, got '" + value + "'");
    };
  }

  void check(boolean condition, String name, String message) {
    if (!condition) {
      throw new ConfigException(name, message);
    }
  }
}
