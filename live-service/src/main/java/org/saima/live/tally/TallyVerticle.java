package org.saima.live.tally;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.sqlclient.Pool;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recounts, a few times a second, the polls this node's ballot writers have just written to, and offers
 * the snapshots to the cluster. Ballot writers on any event loop mark polls dirty; the recount runs here.
 */
public final class TallyVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(TallyVerticle.class);
  private static final long EVERY_MS = 200;

  private final Pool pool;
  private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
  private final Set<Long> counting = ConcurrentHashMap.newKeySet();
  private final Tallies tallies;

  public TallyVerticle(Pool pool, Tallies tallies) {
    this.pool = pool;
    this.tallies = tallies;
  }

  public void dirty(long pollId) {
    dirty.add(pollId);
  }

  public Tallies tallies() {
    return tallies;
  }

  @Override
  public Future<?> start() {
    vertx.setPeriodic(EVERY_MS, id -> recountDirty());
    return Future.succeededFuture();
  }

  private void recountDirty() {
    for (Long pollId : Set.copyOf(dirty)) {
      if (counting.add(pollId)) {
        dirty.remove(pollId);
        Tallies.count(pool, pollId).compose(tallies::offer)
            .onFailure(e -> {
              LOG.warn("tally of poll {} failed, will retry: {}", pollId, e.getMessage());
              dirty.add(pollId);
            })
            .onComplete(x -> counting.remove(pollId));
      }
    }
  }
}
