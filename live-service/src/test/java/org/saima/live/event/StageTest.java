package org.saima.live.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The stage timer kept by the server")
class StageTest {
  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

  @Test
  @DisplayName("showing a speech sets a paused 8-minute timer; started, 90 s later 6:30 are left; paused, time stands still")
  void countDown() {
    Stage shown = Stage.initial().show(7L, Stage.SPEECH, 480_000);
    assertFalse(shown.running());
    assertEquals(480_000, shown.remainingAt(T0.plusSeconds(600)));
    Stage running = shown.start(T0);
    assertEquals(390_000, running.remainingAt(T0.plusSeconds(90)));
    Stage paused = running.pause(T0.plusSeconds(90));
    assertEquals(390_000, paused.remainingAt(T0.plusSeconds(3600)));
    assertEquals(0, running.remainingAt(T0.plusSeconds(10_000)), "never below zero");
  }

  @Test
  @DisplayName("extending a running timer adds the minute from now and keeps it running; every change raises the version")
  void extend() {
    Stage running = Stage.initial().show(7L, Stage.QA, 300_000).start(T0);
    Stage extended = running.extend(60_000, T0.plusSeconds(100));
    assertTrue(extended.running());
    assertEquals(260_000, extended.remainingAt(T0.plusSeconds(100)));
    assertEquals(250_000, extended.remainingAt(T0.plusSeconds(110)));
    assertTrue(extended.version() > running.version());
    assertSame(running, running.start(T0.plusSeconds(5)), "starting a running timer changes nothing");
  }

  @Test
  @DisplayName("screens get the time left now and the server's clock")
  void json() {
    var json = Stage.initial().show(7L, Stage.SPEECH, 480_000).start(T0).toJson(T0.plusSeconds(30));
    assertEquals(450_000, json.getLong("remainingMs"));
    assertEquals(T0.plusSeconds(30).toEpochMilli(), json.getLong("serverTime"));
    assertEquals("speech", json.getString("phase"));
  }
}
