package org.saima.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.saima.live.support.Await.result;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.saima.live.support.Demo;
import org.saima.live.support.LiveCluster;
import org.saima.shared.testing.Api;
import org.saima.shared.testing.Browser;

@DisplayName("A hall of phones in headless Chromium")
class LiveCrowdBrowserTest {
  private static final int PHONES = 32;

  @RegisterExtension
  static final Browser browser = Browser.headlessChromium();

  private static final LiveCluster cluster = new LiveCluster();
  private static Vertx vertx;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    result(cluster.start(1));
  }

  @AfterAll
  static void stop() {
    result(cluster.stop());
    result(vertx.close());
  }

  @Test
  @DisplayName("32 phones, one after another, open their QR links and vote on an approval vote while the board counts every ballot without a reload")
  void hallOfPhones() {
    Api organizer = result(Api.to(vertx, cluster.port(0)).loginAdmin());
    Demo.Campaign c = Demo.campaign(cluster.db, "2026年临江市公开选拔县级领导干部（会场）");
    JsonObject event = result(Demo.event(organizer, c));
    long eventId = event.getLong("id");
    List<String> codes = new ArrayList<>(result(Demo.tokens(organizer, c, eventId, Demo.category(event, 1), 20)));
    codes.addAll(result(Demo.tokens(organizer, c, eventId, Demo.category(event, 2), PHONES - 20)));
    long pollId = result(Demo.poll(organizer, c, eventId, new JsonObject().put("title", "财政局副局长人选票决")
        .put("kind", "approval").put("seats", 1))).getLong("id");
    result(Demo.step(organizer, c, eventId, pollId, "open"));

    browser.open("http://127.0.0.1:" + cluster.boardPort(0) + "/board/?event=" + eventId);
    browser.waitForText(By.cssSelector(".poll-waiting"), "已收到 0 张选票");
    String board = browser.driver().getWindowHandle();
    browser.driver().switchTo().newWindow(WindowType.TAB);
    String phone = browser.driver().getWindowHandle();
    browser.resize(390, 844);
    List<String> receipts = new ArrayList<>();
    String[] choices = {"approve", "oppose", "abstain"};
    for (int i = 0; i < PHONES; i++) {
      // A new phone: nothing kept from the previous one (storage belongs to the vote page's origin).
      ((JavascriptExecutor) browser.driver()).executeScript("try { localStorage.clear() } catch (e) {}");
      browser.open("about:blank");
      browser.open("http://127.0.0.1:" + cluster.port(0) + "/vote/#t=" + codes.get(i).replace("-", ""));
      browser.visible(By.cssSelector(".ballot .options"));
      List<WebElement> rows = browser.all(By.cssSelector(".ballot .choice-row"));
      for (int r = 0; r < rows.size(); r++) {
        rows.get(r).findElement(By.cssSelector("input[value=" + choices[(i + r) % 3] + "] + span")).click();
      }
      browser.click(By.cssSelector(".ballot button[type=submit]"));
      browser.waitForText(By.cssSelector(".receipt"), "投票成功");
      receipts.add(browser.text(By.cssSelector(".receipt-code")));
    }
    browser.driver().switchTo().window(board);
    browser.waitForText(By.cssSelector(".poll-waiting"), "已收到 " + PHONES + " 张选票");

    assertEquals(PHONES, new HashSet<>(receipts).size(), "every phone got its own receipt");
    assertEquals(PHONES, cluster.db.queryLong("SELECT count(*) FROM live.ballots WHERE poll_id = " + pollId));
    assertEquals(List.of(), browser.scriptErrors(), "script errors on the phones or the board");
    browser.driver().switchTo().window(phone);
  }
}
