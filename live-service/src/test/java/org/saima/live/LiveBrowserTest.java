package org.saima.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saima.live.support.Await.result;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.saima.live.support.Demo;
import org.saima.live.support.LiveCluster;
import org.saima.shared.testing.Browser;
import org.saima.shared.testing.TestNodes;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("A live event in headless Chromium: console, phone and big screen")
class LiveBrowserTest {
  @RegisterExtension
  static final Browser browser = Browser.headlessChromium();

  private static final LiveCluster cluster = new LiveCluster();
  private static Demo.Campaign campaign;
  private static String console;
  private static String board;
  private static String phone;
  private static List<String> ticketUrls;

  @BeforeAll
  static void start() {
    result(cluster.start(1));
    campaign = Demo.campaign(cluster.db, "2026年临江市公开选拔县级领导干部");
  }

  @AfterAll
  static void stop() {
    result(cluster.stop());
  }

  private static void scrollTo(String id) {
    ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
  }

  private static WebDriver driver() {
    return browser.driver();
  }

  private static String base() {
    return "http://127.0.0.1:" + cluster.port(0);
  }

  @Test
  @Order(1)
  @DisplayName("the organizer signs in, sets up an event for the position with the default voter categories, and lands on it")
  void setUpEvent() {
    browser.open(base() + "/console/");
    browser.type(By.id("sign-in-username"), TestNodes.ADMIN);
    browser.type(By.id("sign-in-password"), TestNodes.ADMIN_PASSWORD);
    browser.click(By.cssSelector("#sign-in-form [type=submit]"));
    browser.waitForText(By.id("campaigns"), "2026年临江市公开选拔县级领导干部");
    browser.type(By.id("ev-name"), "市财政局副局长岗位竞职演讲与现场答辩");
    browser.type(By.id("ev-venue"), "市委党校报告厅");
    browser.click(By.cssSelector("#event-form [type=submit]"));
    browser.waitForText(By.id("ev-title"), "市财政局副局长岗位竞职演讲与现场答辩");
    assertTrue(browser.text(By.id("run-of-show")).contains("孙丽娟"));
    assertEquals(4, cluster.db.queryLong("SELECT count(*) FROM live.voter_categories"));
    console = driver().getWindowHandle();
  }

  @Test
  @Order(2)
  @DisplayName("the draw: the commitment is published first, then the seed and the order, and the public page recomputes the same order")
  void draw() {
    browser.click(By.id("draw-commit"));
    browser.visible(By.id("draw-commitment"));
    browser.click(By.id("draw-reveal"));
    String order = browser.waitForText(By.id("draw-order"), "出场顺序");
    long eventId = cluster.db.queryLong("SELECT max(id) FROM live.events");
    driver().switchTo().newWindow(WindowType.TAB);
    browser.open(base() + "/verify/?event=" + eventId);
    browser.waitForText(By.id("verdict"), "验证通过");
    // The published list names each candidate as "id name", so that two people of one name stay distinct.
    assertEquals(order.replace("出场顺序：", ""), browser.text(By.id("recomputed")).replaceAll("\\d+ ", ""));
    driver().close();
    driver().switchTo().window(console);
  }

  @Test
  @Order(3)
  @DisplayName("stage control and tokens: a speaker is put on stage, the timer runs, and a sheet of QR tokens is printed for a category")
  void stageAndTokens() {
    browser.click(By.cssSelector("#run-of-show tr:first-child [data-phase=speech]"));
    browser.click(By.cssSelector("[data-stage=start]"));
    browser.waitForText(By.id("stage-now"), "竞职演讲");
    browser.choose(By.id("token-category"), "基层干部群众");
    browser.type(By.id("token-count"), "3");
    browser.click(By.cssSelector("#token-form [type=submit]"));
    browser.visible(By.cssSelector("#token-sheet .ticket svg"));
    ticketUrls = browser.attributes(By.cssSelector("#token-sheet .ticket"), "data-url");
    assertEquals(3, ticketUrls.size());
    assertTrue(ticketUrls.get(0).startsWith(base() + "/vote/#t="), ticketUrls.get(0));
    browser.screenshot("console-event");
  }

  @Test
  @Order(4)
  @DisplayName("an approval vote is set up and opened; the board (on its own port) shows the speaker and the number of ballots, no counts")
  void openPollAndBoard() {
    browser.type(By.id("poll-title"), "市财政局副局长人选差额票决");
    browser.click(By.cssSelector("#poll-form [type=submit]"));
    browser.click(By.cssSelector("#poll-table [data-step=open]"));
    browser.waitForText(By.id("poll-table"), "投票中");
    long eventId = cluster.db.queryLong("SELECT max(id) FROM live.events");
    driver().switchTo().newWindow(WindowType.TAB);
    browser.resize(1600, 1000);
    // Opened on the service's port, the board moves itself to this node's board port.
    browser.open(base() + "/board/?event=" + eventId);
    browser.waitForText(By.cssSelector(".poll-waiting"), "已收到 0 张选票");
    assertTrue(driver().getCurrentUrl().startsWith("http://127.0.0.1:" + cluster.boardPort(0) + "/board/"),
        driver().getCurrentUrl());
    assertFalse(browser.text(By.id("stage-speaker")).isBlank());
    board = driver().getWindowHandle();
  }

  @Test
  @Order(5)
  @DisplayName("a phone opens a QR link, votes, sees its receipt; the board counts it without a reload")
  void phoneVotes() {
    driver().switchTo().newWindow(WindowType.TAB);
    phone = driver().getWindowHandle();
    browser.resize(390, 844);
    browser.open(ticketUrls.get(0));
    browser.waitForText(By.id("who"), "基层干部群众");
    browser.visible(By.cssSelector(".ballot .options"));
    List<org.openqa.selenium.WebElement> approve = browser.all(By.cssSelector(".ballot .options input[value=approve] + span"));
    approve.forEach(org.openqa.selenium.WebElement::click);
    browser.click(By.cssSelector(".ballot button[type=submit]"));
    String receipt = browser.waitForText(By.cssSelector(".receipt"), "投票成功");
    browser.screenshot("phone-receipt");
    String code = browser.text(By.cssSelector(".receipt-code"));
    assertEquals(code, cluster.db.queryString("SELECT receipt FROM live.ballots"), receipt);

    driver().switchTo().window(board);
    browser.waitForText(By.cssSelector(".poll-waiting"), "已收到 1 张选票");
  }

  @Test
  @Order(6)
  @DisplayName("the same token on another phone is refused a second ballot: it is told it already voted and shown the first receipt")
  void secondBallotRefused() {
    driver().switchTo().window(phone);
    String first = browser.text(By.cssSelector(".receipt-code"));
    ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("localStorage.clear()");
    browser.open("about:blank");
    browser.open(ticketUrls.get(0));
    browser.visible(By.cssSelector(".ballot .options"));
    browser.all(By.cssSelector(".ballot .options input[value=oppose] + span")).forEach(org.openqa.selenium.WebElement::click);
    browser.click(By.cssSelector(".ballot button[type=submit]"));
    browser.waitForText(By.cssSelector(".receipt"), "您已投过票");
    assertEquals(first, browser.text(By.cssSelector(".receipt-code")));
    assertEquals(1, cluster.db.queryLong("SELECT count(*) FROM live.ballots"));
  }

  @Test
  @Order(7)
  @DisplayName("the organizer reveals the results: the board draws the bars; closing and certifying shows the final sheet and the certificate")
  void revealAndCertify() {
    driver().switchTo().window(console);
    browser.resize(1280, 1000);
    browser.click(By.cssSelector("#poll-table [data-step=reveal]"));
    driver().switchTo().window(board);
    browser.visible(By.cssSelector(".poll-chart canvas"));
    driver().switchTo().window(console);
    browser.click(By.cssSelector("#poll-table [data-step=close]"));
    browser.click(By.cssSelector("#poll-table [data-step=certify]"));
    String hash = browser.text(By.id("certificate-hash"));
    assertEquals(cluster.db.queryString("SELECT hash FROM core.audit WHERE action = 'poll.certify'"), hash);
    scrollTo("sec-certificate");
    browser.screenshot("console-certificate");
    driver().switchTo().window(board);
    browser.waitForText(By.cssSelector(".poll-sheet"), "孙丽娟");
    browser.screenshot("board-final");
  }

  @Test
  @Order(8)
  @DisplayName("once the organizer publishes, the phone finds its receipt in the public ballot box")
  void receiptInPublishedBox() {
    driver().switchTo().window(console);
    browser.click(By.cssSelector("#poll-table [data-step=publish]"));
    browser.waitForText(By.id("poll-table"), "已公布");
    driver().switchTo().window(phone);
    browser.waitForText(By.cssSelector(".box-check"), "已在公布的票箱");
    browser.screenshot("phone-published");
  }

  @Test
  @Order(9)
  @DisplayName("a weighted recommendation: the phone marks one candidate, the console reports the count per voter category")
  void recommendationByCategory() {
    driver().switchTo().window(console);
    browser.type(By.id("poll-title"), "民主推荐");
    browser.choose(By.id("poll-kind"), "民主推荐");
    browser.click(By.cssSelector("#poll-form [type=submit]"));
    browser.click(By.cssSelector("#poll-table [data-step=open]"));
    driver().switchTo().window(phone);
    browser.visible(By.cssSelector(".ballot input[name=marked]"));
    browser.click(By.cssSelector(".ballot .mark"));
    browser.click(By.cssSelector(".ballot button[type=submit]"));
    browser.waitForText(By.cssSelector(".ballot .receipt"), "投票成功");
    driver().switchTo().window(console);
    browser.waitForText(By.cssSelector("#poll-table tbody tr:last-child"), "1");
    String report = browser.waitForText(By.id("category-report"), "基层干部群众");
    assertTrue(report.contains("1（20.00）"), "one vote on 1 valid ballot × weight 0.2 × 100 = 20.00: " + report);
    scrollTo("poll-live");
    browser.screenshot("console-recommendation");
    assertEquals(List.of(), browser.scriptErrors(), "script errors in the live pages");
  }
}
