package org.saima.live.token;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.saima.live.board.BoardBus;
import org.saima.live.event.Events;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Principal;
import org.saima.shared.http.Problem;
import org.saima.shared.http.Responses;
import org.saima.shared.service.Node;

/**
 * Generates ballot tokens for one voter category. The answer is the only time the tokens exist outside
 * a voter's hand: each with its typed form, the link that opens the phone page already joined, and that
 * link as a QR code (SVG) for the printable sheet. Only their SHA-256 hashes are stored.
 */
public final class TokenHandlers {
  private final Node node;
  private final SecureRandom random = new SecureRandom();

  public TokenHandlers(Node node) {
    this.node = node;
  }

  public void issue(RoutingContext ctx) {
    long campaignId = Authz.pathLong(ctx, "campaignId");
    long eventId = Authz.pathLong(ctx, "eventId");
    JsonObject body = Responses.body(ctx);
    long categoryId = body.getLong("categoryId");
    int count = body.getInteger("count");
    String base = body.getString("baseUrl", origin(ctx)).replaceAll("/+$", "");
    Principal by = Principal.of(ctx);
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tokens.add(TokenCodes.generate(random));
    }
    node.store().transaction(tx -> Events.load(tx.conn(), eventId, campaignId)
            .compose(event -> tx.conn().preparedQuery(TokenSql.CATEGORY).execute(Tuple.of(eventId, categoryId)))
            .compose(rows -> rows.size() == 0
                ? Future.failedFuture(Problem.invalidField("categoryId", "not a voter category of this event"))
                : tx.conn().preparedQuery(TokenSql.NEXT_BATCH).execute(Tuple.of(eventId)).map(b -> new JsonObject()
                    .put("batch", b.iterator().next().getInteger("batch"))
                    .put("category", rows.iterator().next().getString("name"))))
            .compose(batch -> tx.conn().preparedQuery(TokenSql.INSERT).execute(Tuple.tuple()
                    .addValue(tokens.stream().map(t -> Buffer.buffer(TokenCodes.hash(t))).toArray(Buffer[]::new))
                    .addLong(eventId).addLong(categoryId).addInteger(batch.getInteger("batch")))
                .compose(x -> tx.audit(by.actor(), AuditEvent.of("tokens.issue", "event", eventId, campaignId,
                    batch.copy().put("categoryId", categoryId).put("count", count))))
                .map(batch)))
        .compose(batch -> node.blocking(() -> sheet(batch, tokens, base)))
        .onSuccess(sheet -> {
          BoardBus.eventChanged(node.vertx(), eventId);
          Responses.json(ctx, 201, sheet);
        })
        .onFailure(ctx::fail);
  }

  private static JsonObject sheet(JsonObject batch, List<String> tokens, String base) {
    JsonArray printed = new JsonArray();
    for (String token : tokens) {
      String url = base + "/vote/#t=" + token;
      printed.add(new JsonObject().put("code", TokenCodes.display(token)).put("url", url).put("qrSvg", QrSvg.svg(url)));
    }
    return batch.put("tokens", printed);
  }

  /** Where phones reach this service, as the organizer's browser reached it. */
  private static String origin(RoutingContext ctx) {
    String host = ctx.request().getHeader("Host");
    return ctx.request().scheme() + "://" + (host == null ? ctx.request().authority().toString() : host);
  }
}
