package org.saima.exam.cat.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SplitMix64")
class SplitMix64Test {
  @Test
  @DisplayName("produces the published SplitMix64 sequence for seed 0")
  void publishedVectors() {
    SplitMix64 random = new SplitMix64(0L);
    assertEquals(0xE220A8397B1DCDAFL, random.nextLong());
    assertEquals(0x6E789E6AA1B965F4L, random.nextLong());
    assertEquals(0x06C45D188009454FL, random.nextLong());
  }

  @Test
  @DisplayName("agrees with the JDK's SplittableRandom, an independent implementation of the same generator")
  void agreesWithSplittableRandom() {
    for (long seed : new long[] {1L, 42L, -7L, 0x123456789ABCDEFL}) {
      SplitMix64 ours = new SplitMix64(seed);
      SplittableRandom jdk = new SplittableRandom(seed);
      for (int i = 0; i < 100; i++) {
        assertEquals(jdk.nextLong(), ours.nextLong());
      }
    }
  }

  @Test
  @DisplayName("gives output k directly, without drawing the k outputs before it")
  void directAccess() {
    SplitMix64 random = new SplitMix64(2026L);
    for (int k = 0; k < 50; k++) {
      assertEquals(random.nextLong(), SplitMix64.output(2026L, k));
    }
  }

  @Test
  @DisplayName("maps bits to indexes in range and roughly uniformly")
  void indexes() {
    SplitMix64 random = new SplitMix64(9L);
    int[] counts = new int[5];
    for (int i = 0; i < 50_000; i++) {
      counts[random.nextInt(5)]++;
    }
    for (int count : counts) {
      assertTrue(Math.abs(count - 10_000) < 400, "count " + count);
    }
    assertEquals(0, SplitMix64.toIndex(0L, 5));
    assertEquals(4, SplitMix64.toIndex(-1L, 5));
  }

  @Test
  @DisplayName("draws normal variates with mean 0 and variance 1")
  void gaussian() {
    SplitMix64 random = new SplitMix64(5L);
    double sum = 0;
    double squares = 0;
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      double z = random.nextGaussian();
      sum += z;
      squares += z * z;
    }
    assertEquals(0.0, sum / n, 0.015);
    assertEquals(1.0, squares / n, 0.015);
  }
}
