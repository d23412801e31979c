package org.saima.scoring.common;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.saima.shared.http.Problem;

/**
 * Exact decimals in and out of JSON. Request bodies decode numbers as Integer, Long or Double; the
 * shortest text of a double is the number the person typed (84.5, 0.3), so it is read back from its text,
 * never through binary arithmetic. Answers carry decimals as plain strings ("84.20"), so every printed digit
 * is the one computed.
 */
public final class Decimals {
  private Decimals() {
  }

  public static BigDecimal of(Object number) {
    return new BigDecimal(number.toString());
  }

  /** A required number field with at most {@code maxScale} decimals, inside [min, max]. */
  public static BigDecimal field(JsonObject body, String name, int maxScale, BigDecimal min, BigDecimal max) {
    return field(body, name, name, maxScale, min, max);
  }

  /** The same, naming the field {@code path} in errors (e.g. "dimensions.2.maximum" for a nested object). */
  public static BigDecimal field(JsonObject body, String name, String path, int maxScale, BigDecimal min,
      BigDecimal max) {
    Object value = body.getValue(name);
    if (!(value instanceof Number)) {
      throw Problem.invalidField(path, value == null ? "is required" : "must be a number");
    }
    return check(path, of(value), maxScale, min, max);
  }

  /** An optional number field; null when absent or null. */
  public static BigDecimal optional(JsonObject body, String name, int maxScale, BigDecimal min, BigDecimal max) {
    return body.getValue(name) == null ? null : field(body, name, maxScale, min, max);
  }

  public static BigDecimal check(String field, BigDecimal value, int maxScale, BigDecimal min, BigDecimal max) {
    if (value.stripTrailingZeros().scale() > maxScale) {
      throw Problem.invalidField(field, "must have at most " + maxScale + " decimals, got " + value.toPlainString());
    }
    if (value.compareTo(min) < 0 || (max != null && value.compareTo(max) > 0)) {
      throw Problem.invalidField(field, "must be between " + plain(min) + " and " + plain(max) + ", got "
          + value.toPlainString());
    }
    return value;
  }

  /** The shortest plain form: 0.3000 → "0.3", 100.00 → "100". */
  public static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  /** Exact, with at least two decimals: 42 → "42.00", 25.2875 → "25.2875" (a weighted score is never rounded). */
  public static String atLeastTwo(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal plain = value.stripTrailingZeros();
    return (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
  }

  /** Two decimals, half up: the published form of scores. */
  public static String two(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
