package org.saima.shared.auth;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.saima.shared.config.ConfigException;
import org.saima.shared.config.SaimaConfig;
import org.saima.shared.http.Problem;

/**
 * Observer tokens (观摩人员): narrow JWTs for a phone that joined a live event with a ballot token. They
 * name the event and the voter category and nothing else, carry their own audience, and so are refused
 * by every staff endpoint (whose provider only accepts {@link Tokens#STAFF_AUDIENCE}), and staff tokens
 * are refused where an observer token is asked for. Signed with the same key as staff tokens.
 */
public final class ObserverTokens {
  public static final String AUDIENCE = "saima-observer";
  private static final int TTL_MINUTES = 16 * 60;

  private final JWTAuth provider;
  private final String algorithm;

  private ObserverTokens(JWTAuth provider, String algorithm) {
    this.provider = provider;
    this.algorithm = algorithm;
  }

  public static ObserverTokens create(Vertx vertx, SaimaConfig config, String secret) {
    JWTAuthOptions options = new JWTAuthOptions()
        .setJWTOptions(new JWTOptions().setIssuer(Tokens.ISSUER).addAudience(AUDIENCE));
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
    return new ObserverTokens(JWTAuth.create(vertx, options), algorithm);
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
    return TTL_MINUTES * 60;
  }

  public String issue(long eventId, long categoryId) {
    return provider.generateToken(new JsonObject().put("event", eventId).put("category", categoryId),
        new JWTOptions().setAlgorithm(algorithm).setIssuer(Tokens.ISSUER).addAudience(AUDIENCE)
            .setSubject("observer").setExpiresInMinutes(TTL_MINUTES));
  }

  /** The observer of a request, read from the verified token. */
  public record Observer(long eventId, long categoryId) {
    public static Observer of(RoutingContext ctx) {
      if (ctx.user() == null || ctx.user().principal().getValue("event") == null) {
        throw Problem.unauthorized("Join the event first: scan your ballot token's QR code or type its code.");
      }
      JsonObject p = ctx.user().principal();
      return new Observer(p.getLong("event"), p.getLong("category"));
    }
  }
}
