package org.saima.live.event;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * What is on stage: the current candidate and phase, and a timer the server keeps. While running, the
 * time left is {@code remainingMs − (now − startedAt)}, never below zero; while paused, {@code remainingMs}.
 * Every change makes a new value with a higher version, so screens can drop stale pushes.
 */
public record Stage(Long candidateId, String phase, boolean running, long remainingMs, Instant startedAt,
    long version) {
  public static final String WAITING = "waiting";
  public static final String SPEECH = "speech";
  public static final String QA = "qa";
  public static final String FINISHED = "finished";

  public static Stage initial() {
    return new Stage(null, WAITING, false, 0, null, 1);
  }

  public long remainingAt(Instant now) {
    if (!running || startedAt == null) {
      return Math.max(0, remainingMs);
    }
    return Math.max(0, remainingMs - (now.toEpochMilli() - startedAt.toEpochMilli()));
  }

  /** Puts a candidate and phase on stage with a full, paused timer of {@code durationMs}. */
  public Stage show(Long candidate, String newPhase, long durationMs) {
    return new Stage(candidate, newPhase, false, durationMs, null, version + 1);
  }

  public Stage start(Instant now) {
    if (running) {
      return this;
    }
    return new Stage(candidateId, phase, true, remainingMs, now, version + 1);
  }

  public Stage pause(Instant now) {
    if (!running) {
      return this;
    }
    return new Stage(candidateId, phase, false, remainingAt(now), null, version + 1);
  }

  /** Adds time; a running timer keeps running from now with the extra seconds. */
  public Stage extend(long extraMs, Instant now) {
    long left = remainingAt(now) + extraMs;
    return new Stage(candidateId, phase, running, left, running ? now : null, version + 1);
  }

  /** As screens see it: remaining time now, and the server's clock to measure their own offset. */
  public JsonObject toJson(Instant now) {
    return new JsonObject().put("candidateId", candidateId).put("phase", phase).put("running", running)
        .put("remainingMs", remainingAt(now)).put("serverTime", now.toEpochMilli()).put("version", version);
  }
}
