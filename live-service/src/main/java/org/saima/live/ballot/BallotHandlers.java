package org.saima.live.ballot;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.security.SecureRandom;
import org.saima.live.poll.BallotChoices;
import org.saima.live.token.TokenCodes;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.ObserverTokens.Observer;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;

/**
 * Takes a ballot from a phone: the observer token says which event, the ballot token in the body says
 * who may vote (once per poll), the choices are checked against the poll. 201 with a new receipt once the
 * ballot is committed; 200 with the first receipt and {@code alreadyVoted} for a repeat, which counts
 * nothing; 409 when the poll is not open.
 */
public final class BallotHandlers {
  private final PollDefinitions polls;
  private final BallotWriter writer;
  private final SecureRandom random;

  public BallotHandlers(PollDefinitions polls, BallotWriter writer, SecureRandom random) {
    this.polls = polls;
    this.writer = writer;
    this.random = random;
  }

  public void cast(RoutingContext ctx) {
    Observer observer = Observer.of(ctx);
    long pollId = Authz.pathLong(ctx, "pollId");
    JsonObject body = checkedBody(ctx);
    String token = TokenCodes.normalize(body.getString("token"));
    if (token == null) {
      throw Problem.invalidField("token", "a ballot token has 16 letters and digits");
    }
    polls.get(pollId).compose(known -> {
      if (known.eventId() != observer.eventId()) {
        throw Problem.forbidden("This poll belongs to another event than the one you joined.");
      }
      String choices = canonical(known, body).encode();
      return writer.submit(pollId, token, TokenCodes.hash(token), Receipts.next(random), choices);
    }).onSuccess(outcome -> respond(ctx, pollId, outcome)).onFailure(ctx::fail);
  }

  /** What the contract asks of the body (validation is off on this route, see LiveApi). */
  private static JsonObject checkedBody(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    if (type == null || !type.toLowerCase().startsWith("application/json")) {
      throw Problem.unsupportedMediaType("This endpoint accepts application/json.");
    }
    JsonObject body = Responses.body(ctx);
    for (String field : body.fieldNames()) {
      if (!field.equals("token") && !field.equals("choices")) {
        throw Problem.invalidField(field, "is not a field of a ballot");
      }
    }
    if (!(body.getValue("token") instanceof String)) {
      throw Problem.invalidField("token", "a ballot token has 16 letters and digits");
    }
    if (!(body.getValue("choices") instanceof JsonObject)) {
      throw Problem.invalidField("choices", "must be an object, e.g. {\"marked\": [12]}");
    }
    return body;
  }

  private static JsonObject canonical(PollDefinitions.Known known, JsonObject body) {
    try {
      return BallotChoices.canonical(known.definition(), body.getJsonObject("choices"));
    } catch (IllegalArgumentException e) {
      throw Problem.invalidField("choices", e.getMessage());
    }
  }

  private static void respond(RoutingContext ctx, long pollId, Outcome outcome) {
    JsonObject answer = new JsonObject().put("pollId", pollId).put("receipt", outcome.receipt());
    switch (outcome.kind()) {
      case COUNTED -> Responses.json(ctx, 201, answer.put("alreadyVoted", false));
      case REPEATED -> Responses.ok(ctx, answer.put("alreadyVoted", true));
      case NOT_OPEN -> ctx.fail(Problem.conflict(outcome.reason()));
      default -> ctx.fail(Problem.forbidden(outcome.reason()));
    }
  }
}
