package org.saima.live;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.saima.live.ballot.PollDefinitions;
import org.saima.live.board.BoardHost;
import org.saima.live.tally.Tallies;
import org.saima.live.tally.TallyVerticle;
import org.saima.live.token.ObserverHandlers;
import org.saima.shared.auth.Bootstrap;
import org.saima.shared.auth.ObserverTokens;
import org.saima.shared.http.HttpVerticle;
import org.saima.shared.service.Node;
import org.saima.shared.service.SaimaService;
import org.saima.shared.service.ServiceNode;

/** Live events: speeches and Q&A, observers, polls, ballots, tallies and result boards. */
public final class LiveService implements SaimaService {
  /** SAIMA_LIVE_BOARD_PORT: where the big-screen boards connect (0 picks a free port). */
  public static final String BOARD_PORT_VARIABLE = "SAIMA_LIVE_BOARD_PORT";
  public static final int DEFAULT_BOARD_PORT = 8183;

  private final int boardPortWanted;
  private final AtomicInteger boardPort = new AtomicInteger();

  /** What every HTTP verticle of one node shares. */
  public record Shared(Node node, ObserverTokens observerTokens, Tallies tallies, TallyVerticle tallyVerticle,
      PollDefinitions pollDefinitions, AtomicInteger boardPortHolder) {
    public int boardPort() {
      return boardPortHolder.get();
    }
  }

  public LiveService() {
    this(boardPortFromEnv());
  }

  public LiveService(int boardPort) {
    this.boardPortWanted = boardPort;
  }

  private static int boardPortFromEnv() {
    String value = System.getenv(BOARD_PORT_VARIABLE);
    return value == null || value.isBlank() ? DEFAULT_BOARD_PORT : Integer.parseInt(value.trim());
  }

  @Override
  public String name() {
    return "live";
  }

  /** The port this node's boards are served on, once deployed. */
  public int boardPort() {
    return boardPort.get();
  }

  @Override
  public Future<Void> deploy(Node node) {
    var pool = node.store().pool();
    Tallies tallies = new Tallies(node.vertx());
    TallyVerticle tallyVerticle = new TallyVerticle(pool, tallies);
    return Bootstrap.tokenSecret(pool, node.config())
        .map(secret -> new Shared(node, ObserverTokens.create(node.vertx(), node.config(), secret), tallies,
            tallyVerticle, new PollDefinitions(pool), boardPort))
        .compose(shared -> node.vertx().deployVerticle(tallyVerticle).map(shared))
        .compose(shared -> deployBoards(node, shared).map(shared))
        .compose(shared -> ServiceNode.deploy(node, () -> new HttpVerticle(node, new LiveApi(shared)::routes),
            node.config().httpInstances()));
  }

  private Future<Void> deployBoards(Node node, Shared shared) {
    ObserverHandlers states = new ObserverHandlers(node, shared.observerTokens(), shared.tallies());
    BoardHost host = new BoardHost(node.config().httpHost(), boardPortWanted, states::state, shared.tallies());
    return node.vertx().deployVerticle(host, new DeploymentOptions())
        .onSuccess(id -> boardPort.set(host.port())).mapEmpty();
  }
}
