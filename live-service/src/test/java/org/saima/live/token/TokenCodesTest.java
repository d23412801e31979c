package org.saima.live.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Ballot tokens and their QR codes")
class TokenCodesTest {
  @Test
  @DisplayName("a token is 16 Crockford base32 characters, printed in four groups of four")
  void format() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String token = TokenCodes.generate(random);
      assertTrue(token.matches("[0-9A-HJKMNP-TV-Z]{16}"), token);
      seen.add(token);
    }
    assertEquals(1000, seen.size(), "80 random bits do not repeat in a thousand");
    assertEquals("K7QM-2XPD-9RTA-H4VB", TokenCodes.display("K7QM2XPD9RTAH4VB"));
  }

  @Test
  @DisplayName("typing is forgiving: case, dashes and spaces do not matter, I and L read as 1, O as 0; anything else is refused")
  void normalize() {
    assertEquals("K7QM2XPD9RTAH4VB", TokenCodes.normalize("k7qm-2xpd 9rta-h4vb"));
    assertEquals("1100000000000000", TokenCodes.normalize("IL0O-0000-0000-0000"));
    assertNull(TokenCodes.normalize("K7QM-2XPD-9RTA-H4V"), "15 characters");
    assertNull(TokenCodes.normalize("K7QM-2XPD-9RTA-H4VU"), "U is not in the alphabet");
    assertNull(TokenCodes.normalize(null));
  }

  @Test
  @DisplayName("only SHA-256 of the canonical token is stored, the same however it was typed")
  void hash() throws Exception {
    byte[] expected = MessageDigest.getInstance("SHA-256").digest("K7QM2XPD9RTAH4VB".getBytes());
    assertArrayEquals(expected, TokenCodes.hash(TokenCodes.normalize("k7qm-2xpd-9rta-h4vb")));
    assertEquals(64, HexFormat.of().formatHex(expected).length());
  }

  @Test
  @DisplayName("the QR code on the sheet decodes back to the phone link")
  void qrDecodes() throws Exception {
    String url = "https://live.linjiang.gov.cn/vote/#t=K7QM2XPD9RTAH4VB";
    BitMatrix matrix = QrSvg.matrix(url);
    int scale = 4;
    int size = matrix.getWidth() * scale;
    int[] pixels = new int[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        pixels[y * size + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(size, size, pixels)))).getText();
    assertEquals(url, decoded);
    assertTrue(QrSvg.svg(url).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth()));
  }
}
