package org.saima.shared.config;

/** A configuration variable with a value Saima cannot use. */
public class ConfigException extends RuntimeException {
  public ConfigException(String variable, String message) {
    super(variable + " " + message);
  }
}
