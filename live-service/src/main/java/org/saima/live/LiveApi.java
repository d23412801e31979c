package org.saima.live;

import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.ext.web.handler.JWTAuthHandler;
import java.security.SecureRandom;
import org.saima.live.ballot.BallotHandlers;
import org.saima.live.ballot.BallotWriter;
import org.saima.live.ballot.ReceiptSeal;
import org.saima.live.event.CampaignReader;
import org.saima.live.event.DrawHandlers;
import org.saima.live.event.EventHandlers;
import org.saima.live.event.StageHandlers;
import org.saima.live.poll.PollHandlers;
import org.saima.live.poll.PollLifecycle;
import org.saima.live.token.ObserverHandlers;
import org.saima.live.token.TokenHandlers;
import org.saima.shared.auth.Authz;
import org.saima.shared.auth.Roles;
import org.saima.shared.http.Responses;

/**
 * The live service's route table; operation ids are those of openapi/live.yaml. One instance per HTTP
 * verticle, so each has its own ballot writer (one batch in flight per event loop).
 */
public final class LiveApi {
  private final LiveService.Shared shared;
  private final CampaignReader campaigns;
  private final EventHandlers events;
  private final DrawHandlers draws;
  private final StageHandlers stages;
  private final TokenHandlers tokens;
  private final ObserverHandlers observers;
  private final PollHandlers polls;
  private final PollLifecycle lifecycle;
  private final BallotHandlers ballots;

  public LiveApi(LiveService.Shared shared) {
    this.shared = shared;
    var node = shared.node();
    SecureRandom random = new SecureRandom();
    campaigns = new CampaignReader(node);
    events = new EventHandlers(node);
    draws = new DrawHandlers(node);
    stages = new StageHandlers(node);
    tokens = new TokenHandlers(node);
    observers = new ObserverHandlers(node, shared.observerTokens(), shared.tallies());
    polls = new PollHandlers(node, shared.tallies());
    lifecycle = new PollLifecycle(node, shared.tallies());
    BallotWriter writer = new BallotWriter(node.store().pool(), new ReceiptSeal(random), shared.tallyVerticle()::dirty);
    ballots = new BallotHandlers(shared.pollDefinitions(), writer, random);
  }

  public void routes(RouterBuilder api) {
    api.security("observerAuth").httpHandler(JWTAuthHandler.create(shared.observerTokens().provider()));
    var organizer = Authz.role(Roles.ORGANIZER);
    var campaign = Authz.campaign("campaignId");

    api.getRoute("liveCampaigns").addHandler(organizer).addHandler(campaigns::list);
    api.getRoute("listEvents").addHandler(organizer).addHandler(campaign).addHandler(events::list);
    api.getRoute("createEvent").addHandler(organizer).addHandler(campaign).addHandler(events::create);
    api.getRoute("getEvent").addHandler(organizer).addHandler(campaign).addHandler(events::get);
    api.getRoute("commitDraw").addHandler(organizer).addHandler(campaign).addHandler(draws::commit);
    api.getRoute("revealDraw").addHandler(organizer).addHandler(campaign).addHandler(draws::reveal);
    api.getRoute("changeStage").addHandler(organizer).addHandler(campaign).addHandler(stages::change);
    api.getRoute("issueTokens").addHandler(organizer).addHandler(campaign).addHandler(tokens::issue);
    api.getRoute("listPolls").addHandler(organizer).addHandler(campaign).addHandler(polls::list);
    api.getRoute("createPoll").addHandler(organizer).addHandler(campaign).addHandler(polls::create);
    api.getRoute("getPoll").addHandler(organizer).addHandler(campaign).addHandler(polls::get);
    api.getRoute("pollStep").addHandler(organizer).addHandler(campaign).addHandler(lifecycle::transition);

    api.getRoute("joinEvent").addHandler(observers::join);
    api.getRoute("observerState").addHandler(observers::state);
    // The hot path: vertx-openapi builds a schema validator per request, which cost more than the rest
    // of a ballot's handling together (JFR, docs/benchmarks.md); BallotHandlers checks the body itself,
    // as the contract describes it.
    api.getRoute("castBallot").setDoValidation(false).addHandler(ballots::cast);

    api.getRoute("publicDraw").addHandler(draws::publicDraw);
    api.getRoute("ballotBox").addHandler(polls::ballotBox);
    api.getRoute("boardEndpoint").addHandler(ctx -> Responses.ok(ctx,
        new io.vertx.core.json.JsonObject().put("port", shared.boardPort())));
  }
}
