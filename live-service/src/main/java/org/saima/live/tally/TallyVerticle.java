package org.saima.live.tally;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.sqlclient.Pool;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recounts, a few times a second, the polls this node's ballot writers have just written to, and offers
 * the snapshots to the cluster. Ballot writers on any event loop mark polls dirty; the recount runs here.
 * A recount reads all of a poll's ballot rows, so it grows with the poll: after a recount that took d
 * ms the next one of that poll waits at least 4 d (capped at {@value #MAX_WAIT_MS} ms), keeping
 * recounting to about a fifth of the time whatever the size.
 */
public final class TallyVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(TallyVerticle.class);
  private static final long EVERY_MS = 100;
  private static final long MAX_WAIT_MS = 2000;

  private final Pool pool;
  private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
  private final Set<Long> counting = ConcurrentHashMap.newKeySet();
  private final Map<Long, Long> notBefore = new ConcurrentHashMap<>();
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
    long now = System.currentTimeMillis();
    for (Long pollId : Set.copyOf(dirty)) {
      if (now >= notBefore.getOrDefault(pollId, 0L) && counting.add(pollId)) {
        dirty.remove(pollId);
        long started = System.currentTimeMillis();
        Tallies.count(pool, pollId).compose(tallies::offer)
            .onSuccess(x -> notBefore.put(pollId, System.currentTimeMillis()
                + Math.min(MAX_WAIT_MS, 4 * (System.currentTimeMillis() - started))))
            .onFailure(e -> {
              LOG.warn("tally of poll {} failed, will retry: {}", pollId, e.getMessage());
              dirty.add(pollId);
            })
            .onComplete(x -> counting.remove(pollId));
      }
    }
  }
}
