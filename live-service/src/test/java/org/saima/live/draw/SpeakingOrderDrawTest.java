package org.saima.live.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.live.draw.Shuffle.Swap;

@DisplayName("Verifiable speaking-order draw")
class SpeakingOrderDrawTest {
  private static final Seed SEED = Seed.ofHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
  private static final String COMMITMENT = "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd";
  private static final List<String> NAMES = List.of("张伟", "王芳", "李娜", "刘洋", "陈静");
  private static final List<String> ORDER = List.of("陈静", "李娜", "刘洋", "张伟", "王芳");

  @Test
  @DisplayName("the worked example of docs/draw.md: commitment, swaps and order for five names")
  void workedExample() {
    SpeakingOrderDraw.Draw draw = SpeakingOrderDraw.draw(SEED, NAMES);
    assertEquals(COMMITMENT, draw.commitment());
    // x mod (j+1): 12238220826280364221 mod 5 = 1, 6945047847015946120 mod 4 = 0, 8315228738316000402 mod 3 = 0,
    // 4036636583341222210 mod 2 = 0
    assertEquals(List.of(new Swap(4, 1), new Swap(3, 0), new Swap(2, 0), new Swap(1, 0)), draw.swaps());
    assertEquals(ORDER, draw.order());
  }

  @Test
  @DisplayName("the generator's values are the first 8 bytes of SHA-256(seed ‖ counter), counter big-endian")
  void generatorValues() {
    SeedStream stream = SEED.stream();
    assertEquals("a9d6e500293a88bd", HexFormat.of().toHexDigits(stream.nextValue()));
    assertEquals("6061c4386d7a1788", HexFormat.of().toHexDigits(stream.nextValue()));
    assertEquals("7365a07b4571dc92", HexFormat.of().toHexDigits(stream.nextValue()));
    assertEquals("38050395e5666942", HexFormat.of().toHexDigits(stream.nextValue()));
    assertEquals(4, stream.counter());
  }

  @Test
  @DisplayName("docs/draw.md shows the same commitment and order as the code computes")
  void documentMatches() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "draw.md"));
    assertTrue(doc.contains(COMMITMENT));
    assertTrue(doc.contains("**Speaking order: " + String.join(", ", ORDER) + ".**"));
  }

  @Test
  @DisplayName("a revealed seed that matches the commitment and recomputes the announced order verifies")
  void verifies() {
    SpeakingOrderDraw.Verification ok = SpeakingOrderDraw.verify(COMMITMENT.toUpperCase(), SEED, NAMES, ORDER);
    assertTrue(ok.verified());
    assertEquals(ORDER, ok.recomputedOrder());
  }

  @Test
  @DisplayName("a different seed, or a tampered order, fails verification and says which")
  void failsVerification() {
    Seed other = Seed.ofHex("ff0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    SpeakingOrderDraw.Verification wrongSeed = SpeakingOrderDraw.verify(COMMITMENT, other, NAMES, ORDER);
    assertFalse(wrongSeed.seedMatchesCommitment());
    assertFalse(wrongSeed.verified());
    List<String> tampered = List.of("李娜", "陈静", "刘洋", "张伟", "王芳");
    SpeakingOrderDraw.Verification wrongOrder = SpeakingOrderDraw.verify(COMMITMENT, SEED, NAMES, tampered);
    assertTrue(wrongOrder.seedMatchesCommitment());
    assertFalse(wrongOrder.orderMatches());
  }

  @Test
  @DisplayName("rejection sampling skips the top 2^64 mod n values: for n = 3 the largest value is rejected")
  void rejection() {
    // 2^64 mod 3 = 1 → limit 2^64 − 1: x = 2^64 − 1 (-1L) rejected, x = 2^64 − 2 accepted
    assertFalse(SeedStream.accepted(-1L, 3));
    assertTrue(SeedStream.accepted(-2L, 3));
    // 2^64 mod 5 = 1 as well; 2^64 mod 4 = 0: nothing is rejected
    assertFalse(SeedStream.accepted(-1L, 5));
    assertTrue(SeedStream.accepted(-1L, 4));
    assertTrue(SeedStream.accepted(0L, 7));
  }

  @Test
  @DisplayName("over 6,000 seeds each of the 6 orders of 3 names comes up about 1,000 times")
  void uniform() {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < 6000; i++) {
      byte[] seed = SeedStream.sha256().digest(("seed " + i).getBytes(StandardCharsets.UTF_8));
      counts.merge(Shuffle.shuffle(List.of("A", "B", "C"), new SeedStream(seed)).order(), 1, Integer::sum);
    }
    assertEquals(6, counts.size());
    // standard deviation ≈ √(6000 × 1/6 × 5/6) ≈ 29; ±150 is over 5 of them
    counts.values().forEach(c -> assertTrue(c > 850 && c < 1150, counts.toString()));
  }

  @Test
  @DisplayName("a sample of m is the first m of the shuffle with the same seed")
  void sample() {
    assertEquals(List.of("陈静", "李娜"), Shuffle.sample(NAMES, 2, SEED.stream()));
    assertThrows(IllegalArgumentException.class, () -> Shuffle.sample(NAMES, 6, SEED.stream()));
  }

  @Test
  @DisplayName("a seed shorter than 16 bytes, a seed not in hex, or a repeated name is refused; a seed never prints")
  void refusals() {
    assertThrows(IllegalArgumentException.class, () -> Seed.ofHex("00010203"));
    assertThrows(IllegalArgumentException.class, () -> Seed.ofHex("zz0102030405060708090a0b0c0d0e0f"));
    assertThrows(IllegalArgumentException.class, () -> SpeakingOrderDraw.draw(SEED, List.of("张伟", "张伟")));
    assertEquals("Seed[hidden]", SEED.toString());
  }
}
