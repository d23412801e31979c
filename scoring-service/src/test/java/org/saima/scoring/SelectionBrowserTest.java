package org.saima.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.saima.scoring.testing.Http;
import org.saima.scoring.testing.ScoringNodes;
import org.saima.scoring.testing.Setup;
import org.saima.shared.testing.Browser;
import org.saima.shared.testing.Eventually;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Two examiners score on tablets, one of them offline for a while; the chief confirms; the organizer ranks and exports")
class SelectionBrowserTest {
  @RegisterExtension
  static final Browser tabletA = Browser.headlessChromium();
  @RegisterExtension
  static final Browser tabletB = Browser.headlessChromium();

  private static final ScoringNodes scoring = new ScoringNodes();
  private static final String[] NAMES = {"陈志远", "林晓燕", "黄建明"};
  /** Each candidate's totals from examiner 1 (the chief, tablet B) and examiner 2 (tablet A). */
  private static final Map<String, String[]> TOTALS = Map.of("陈志远", new String[] {"88", "86"},
      "林晓燕", new String[] {"80", "82"}, "黄建明", new String[] {"79", "75"});
  private static long campaign;
  private static long panel;
  private static long examinerA;
  private static final Map<String, Long> ids = new java.util.HashMap<>();

  @BeforeAll
  static void start() {
    scoring.start();
    Setup setup = new Setup(Http.to(scoring.port()).login("admin", "test-organizer-2026"));
    campaign = setup.campaign("2026年临江市公开选拔县级领导干部");
    long position = setup.position(campaign, "XZ01", "市发展和改革委员会副主任", 1);
    ids.put("陈志远", setup.candidate(campaign, position, "陈志远", "19830514", "临江市发展和改革委员会"));
    ids.put("林晓燕", setup.candidate(campaign, position, "林晓燕", "19860922", "临江市统计局"));
    ids.put("黄建明", setup.candidate(campaign, position, "黄建明", "19810307", "椒山县人民政府办公室"));
    long stage = setup.stage(campaign, 1, "MS", "竞职演讲与答辩", "panel", 1.0);
    List<Long> examiners = setup.examiners(campaign, "kaoguan", "周建华", "李秀英");
    examinerA = examiners.get(1);
    panel = setup.panel(campaign, stage, "第一考官组", examiners).getLong("id");
    setup.panelCandidates(campaign, panel, List.of(ids.get("陈志远"), ids.get("林晓燕"), ids.get("黄建明")));
    tabletA.resize(820, 1180);
    tabletB.resize(1180, 820);
  }

  @AfterAll
  static void stop() {
    scoring.close();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + scoring.port() + path;
  }

  private static void signIn(Browser tablet, String username, String password) {
    tablet.type(By.id("sign-in-username"), username);
    tablet.type(By.id("sign-in-password"), password);
    tablet.click(By.cssSelector("#sign-in-form [type=submit]"));
  }

  private static By candidate(String name, String state) {
    return By.cssSelector(".candidate-button[data-candidate='" + ids.get(name) + "'][data-state='" + state + "']");
  }

  /** Types the five dimension scores that add up to the total, checks the live total, submits and confirms. */
  private static void score(Browser tablet, String name, String total) {
    tablet.click(By.cssSelector(".candidate-button[data-candidate='" + ids.get(name) + "']"));
    tablet.waitForText(By.id("candidate-title"), name);
    JsonObject scores = Setup.scoresFor(total);
    String[] dimensions = {"政治素质", "岗位认知", "工作思路", "语言表达", "应变能力"};
    for (int i = 0; i < dimensions.length; i++) {
      tablet.type(By.id("dimension-" + i), String.valueOf(scores.getValue(dimensions[i])));
    }
    tablet.click(By.id("candidate-title"));
    assertEquals(total, tablet.text(By.id("total")), "the live total");
    tablet.click(By.id("submit-sheet"));
    tablet.waitForText(By.id("confirm-title"), name);
    tablet.click(By.id("confirm-ok"));
  }

  private static long sheets(long examiner) {
    return scoring.db().queryLong("SELECT count(*) FROM scoring.sheets WHERE examiner_id = " + examiner);
  }

  private static void network(Browser tablet, boolean offline) {
    ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
    conditions.setOffline(offline);
    ((HasNetworkConditions) tablet.driver()).setNetworkConditions(conditions);
  }

  @Test
  @Order(1)
  @DisplayName("examiner 2 scores the first candidate online; offline, the second sheet waits on the tablet as pending")
  void scoreThenGoOffline() throws InterruptedException {
    tabletA.open(url("/examiner/"));
    signIn(tabletA, "kaoguan2", Setup.PASSWORD);
    tabletA.click(By.cssSelector("#panel-list a"));
    tabletA.waitForText(By.id("sheet-title"), "第一考官组");
    assertTrue(tabletA.text(By.id("sheet-meta")).contains("2 号评委"));

    score(tabletA, "陈志远", TOTALS.get("陈志远")[1]);
    tabletA.visible(candidate("陈志远", "submitted"));
    assertEquals(1, sheets(examinerA));

    network(tabletA, true);
    score(tabletA, "林晓燕", TOTALS.get("林晓燕")[1]);
    tabletA.visible(candidate("林晓燕", "pending"));
    tabletA.waitForText(By.id("pending-badge"), "待发送 1 份");
    tabletA.waitForText(By.id("save-state"), "网络已断开");
    assertTrue(tabletA.text(By.id("pending-list")).contains("2 号 林晓燕"));
    Thread.sleep(1500);
    assertEquals(1, sheets(examinerA), "nothing reached the server while offline");
    tabletA.screenshot("tablet-offline-pending");
  }

  @Test
  @Order(2)
  @DisplayName("the chief scores all three on a landscape tablet while examiner 2 is still offline")
  void chiefScores() {
    tabletB.open(url("/examiner/"));
    signIn(tabletB, "kaoguan1", Setup.PASSWORD);
    tabletB.click(By.cssSelector("#panel-list a"));
    tabletB.waitForText(By.id("sheet-meta"), "主考官");
    for (String name : NAMES) {
      score(tabletB, name, TOTALS.get(name)[0]);
      tabletB.visible(candidate(name, "submitted"));
    }
  }

  @Test
  @Order(3)
  @DisplayName("back online, the pending sheet is sent by itself, once; examiner 2 then scores the last candidate")
  void backOnline() throws InterruptedException {
    network(tabletA, false);
    tabletA.visible(candidate("林晓燕", "submitted"));
    Eventually.holds("the queued sheet reached the server", () -> sheets(examinerA) == 2);
    assertTrue(tabletA.driver().findElement(By.id("pending-badge")).getAttribute("hidden") != null);
    score(tabletA, "黄建明", TOTALS.get("黄建明")[1]);
    tabletA.visible(candidate("黄建明", "submitted"));
    assertEquals(3, sheets(examinerA));
    assertEquals(3, scoring.db().queryLong("SELECT count(*) FROM scoring.sheet_submissions s JOIN scoring.sheets h"
        + " ON h.id = s.sheet_id WHERE h.examiner_id = " + examinerA), "one submission per sheet, none repeated");
    assertEquals(List.of(), tabletA.scriptErrors());
  }

  @Test
  @Order(4)
  @DisplayName("the chief sees both totals and the panel score of each candidate and confirms them (双签字)")
  void chiefConfirms() {
    tabletB.click(By.id("chief-link"));
    tabletB.waitForText(By.id("chief-summary"), "已收到 6/6 份评分表");
    for (String name : NAMES) {
      long id = ids.get(name);
      tabletB.click(By.cssSelector("[data-confirm='" + id + "']"));
      tabletB.click(By.id("confirm-ok"));
      tabletB.visible(By.cssSelector(".chief-line.status-confirmed[data-candidate='" + id + "']"));
    }
    String page = tabletB.text(By.id("chief-lines"));
    assertTrue(page.contains("87") && page.contains("81") && page.contains("77"), page);
    assertEquals(3, scoring.db().queryLong("SELECT count(*) FROM scoring.stage_results"));
    tabletB.screenshot("chief-confirmed");
  }

  @Test
  @Order(5)
  @DisplayName("the organizer sees the ranking with the nominated and exports the result sheets")
  void organizerRanksAndExports() {
    tabletB.click(By.id("sign-out"));
    tabletB.open(url("/console/"));
    signIn(tabletB, "admin", "test-organizer-2026");
    tabletB.waitForText(By.id("campaign-table"), "2026年临江市公开选拔县级领导干部");
    tabletB.open(url("/console/selection.html?campaign=" + campaign + "#ranking"));
    tabletB.waitForText(By.id("ranking-positions"), "拟提名：陈志远");
    String ranking = tabletB.text(By.cssSelector("[data-position='XZ01']"));
    assertTrue(ranking.contains("87.00"), ranking);
    tabletB.click(By.id("ranking-xlsx"));
    tabletB.visible(By.cssSelector("#ranking-xlsx[data-downloaded]"));
    assertTrue(tabletB.driver().findElement(By.id("ranking-xlsx")).getAttribute("data-downloaded").endsWith(".xlsx"));
    assertEquals(1, scoring.db().queryLong("SELECT count(*) FROM core.audit WHERE action = 'ranking.export'"));
    tabletB.screenshot("organizer-ranking");
    assertEquals(List.of(), tabletB.scriptErrors());
  }
}
