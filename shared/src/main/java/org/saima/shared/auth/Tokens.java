package org.saima.shared.auth;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.saima.shared.config.ConfigException;
import org.saima.shared.config.SaimaConfig;

/**
 * Staff tokens: signed JWTs carrying the user's roles and the campaigns they may act on. Every node of
 * every service verifies them with the same key: an RS256 key pair from files, or an HS256 secret.
 */
public final class Tokens {
  public static final String ISSUER = "saima";
  public static final String STAFF_AUDIENCE = "saima-staff";

  private final JWTAuth provider;
  private final String algorithm;
  private final int ttlMinutes;

  private Tokens(JWTAuth provider, String algorithm, int ttlMinutes) {
    this.provider = provider;
    this.algorithm = algorithm;
    this.ttlMinutes = ttlMinutes;
  }

  public static Tokens create(Vertx vertx, SaimaConfig config, String secret) {
    JWTAuthOptions options = new JWTAuthOptions()
        .setJWTOptions(new JWTOptions().setIssuer(ISSUER).addAudience(STAFF_AUDIENCE));
    String algorithm;
    if (config.jwtPrivateKeyFile() != null || config.jwtPublicKeyFile() != null) {
      algorithm = "RS256";
      options.addPubSecKey(pem(config.jwtPublicKeyFile(), "SAIMA_JWT_PUBLIC_KEY"));
      if (config.jwtPrivateKeyFile() != null) {
        options.addPubSecKey(pem(config.jwtPrivateKeyFile(), "SAIMA_JWT_PRIVATE_KEY"));
      }
    } else {
      algorithm = "HS256";
      options.addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(secret));
    }
    return new Tokens(JWTAuth.create(vertx, options), algorithm, config.tokenTtlMinutes());
  }

  private static PubSecKeyOptions pem(String file, String variable) {
    if (file == null) {
      throw new ConfigException(variable, "must be set too when RS256 keys are used");
    }
    try {
      return new PubSecKeyOptions().setAlgorithm("RS256").setBuffer(Files.readString(Path.of(file)));
    } catch (IOException e) {
      throw new ConfigException(variable, "cannot be read: " + e.getMessage());
    }
  }

  public JWTAuth provider() {
    return provider;
  }

  public int ttlSeconds() {
    return ttlMinutes * 60;
  }

  public String issue(StaffUser user) {
    JsonObject claims = new JsonObject()
        .put("uid", user.id())
        .put("name", user.displayName())
        .put("roles", new JsonArray(user.roles()))
        .put("allCampaigns", user.allCampaigns())
        .put("campaigns", new JsonArray(user.campaigns()));
    return provider.generateToken(claims, new JWTOptions()
        .setAlgorithm(algorithm)
        .setIssuer(ISSUER)
        .addAudience(STAFF_AUDIENCE)
        .setSubject(user.username())
        .setExpiresInMinutes(ttlMinutes));
  }
}
