package org.saima.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.saima.shared.service.Node;
import org.saima.shared.service.ServiceNode;
import org.saima.shared.testing.Api;
import org.saima.shared.testing.Browser;
import org.saima.shared.testing.TestDatabase;
import org.saima.shared.testing.TestNodes;

@ExtendWith(VertxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("The organizer console in headless Chromium")
class ConsoleBrowserTest {
  private static final String ORGANIZER = "wangjing";
  private static final String ORGANIZER_PASSWORD = "Linjiang-zzb-2026";
  private static final String CAMPAIGN = "2026年临江市公开选拔县级领导干部";
  private static final String HEADER = "姓名,身份证号,岗位代码,工作单位,现任职务,联系电话";

  private record Person(String name, String first17, String unit, String post, String phone) {
    String idCard() {
      return first17 + checkCharacter(first17);
    }

    String csvLine(String idCard) {
      return String.join(",", name, idCard, "XZ01", unit, post, phone);
    }
  }

  private static final List<Person> ROSTER = List.of(
      new Person("赵文博", "33100219840312013", "临江市东湖区发展和改革局", "综合科科长", "13905761201"),
      new Person("孙丽娟", "33100219870726024", "临江市东湖区财政局", "预算股股长", "13905761202"),
      new Person("钱建军", "33100219820915035", "临江市西岭县人民政府办公室", "副主任", ""),
      new Person("李婷婷", "33100219890104046", "江湾镇人民政府", "党委副书记", "13905761204"));

  @RegisterExtension
  static final Browser browser = Browser.headlessChromium();

  private static TestDatabase db;
  private static Node node;
  private static Path files;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) throws IOException {
    db = TestDatabase.create();
    files = Files.createTempDirectory("saima-roster-");
    JsonObject organizer = new JsonObject().put("username", ORGANIZER).put("displayName", "王静")
        .put("password", ORGANIZER_PASSWORD).put("roles", new JsonArray().add("organizer"))
        .put("allCampaigns", false);
    TestNodes.start(new ScoringService(), TestNodes.clusterEnv(db))
        .compose(started -> {
          node = started;
          return Api.to(vertx, node.httpPort()).loginAdmin();
        })
        .compose(admin -> admin.post("/api/users", organizer))
        .onComplete(ctx.succeeding(created -> ctx.verify(() -> {
          assertEquals(201, created.statusCode(), created.bodyAsString());
          ctx.completeNow();
        })));
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    ServiceNode.stop(node).onComplete(x -> {
      db.close();
      for (File file : files.toFile().listFiles()) {
        file.delete();
      }
      files.toFile().delete();
      ctx.completeNow();
    });
  }

  @Test
  @Order(1)
  @DisplayName("an organizer without campaigns signs in, creates a campaign and may act on it at once")
  void signInAndCreateCampaign() {
    browser.open("http://127.0.0.1:" + node.httpPort() + "/console/");
    browser.type(By.id("sign-in-username"), ORGANIZER);
    browser.type(By.id("sign-in-password"), ORGANIZER_PASSWORD);
    browser.click(By.cssSelector("#sign-in-form [type=submit]"));
    browser.waitForText(By.id("campaign-table"), "还没有选拔活动");
    assertEquals("当前用户：王静", browser.text(By.id("who")));

    browser.type(By.id("create-name"), CAMPAIGN);
    browser.type(By.id("create-organizer"), "中共临江市委组织部");
    browser.click(By.cssSelector("#campaign-create-form [type=submit]"));

    // Reading the new campaign needs the refreshed token: the one from sign-in carries no campaigns.
    browser.waitForText(By.id("campaign-title"), CAMPAIGN);
    assertEquals("中共临江市委组织部", browser.text(By.id("campaign-organizer")));
    assertEquals("筹备中", browser.text(By.id("campaign-status")));
    assertEquals(1, db.queryLong("SELECT count(*) FROM core.campaigns WHERE name = '" + CAMPAIGN + "'"));
  }

  @Test
  @Order(2)
  @DisplayName("the organizer adds a position with two seats and sees it listed")
  void addPosition() {
    browser.type(By.id("position-code"), "XZ01");
    browser.type(By.id("position-name"), "区发展和改革局副局长");
    browser.type(By.id("position-unit"), "临江市东湖区发展和改革局");
    browser.type(By.id("position-seats"), "2");
    browser.click(By.cssSelector("#position-form [type=submit]"));

    browser.waitForText(By.cssSelector("#position-form .form-success"), "已添加岗位 XZ01");
    List<String> cells = cellTexts(By.cssSelector("#position-table tbody tr:first-child td"));
    assertEquals(List.of("XZ01", "区发展和改革局副局长", "临江市东湖区发展和改革局", "2", "0"), cells.subList(0, 5));
    assertEquals("1 个岗位，2 个职数，0 名竞职人", browser.text(By.id("campaign-summary")));
    assertEquals(2, db.queryLong("SELECT seats FROM core.positions WHERE code = 'XZ01'"));
  }

  @Test
  @Order(3)
  @DisplayName("a roster with one bad identity card number lists that row and column, and imports nobody")
  void rosterWithBadRow() throws IOException {
    Person second = ROSTER.get(1);
    char right = checkCharacter(second.first17());
    char wrong = right == '0' ? '1' : '0';
    Path roster = csv("名册-有误.csv", ROSTER.stream()
        .map(p -> p == second ? p.csvLine(p.first17() + wrong) : p.csvLine(p.idCard())).toList());

    browser.attach(By.id("roster-file"), roster);
    browser.click(By.id("roster-import"));

    browser.waitForText(By.id("roster-result"), "未导入任何数据");
    List<WebElement> rows = browser.all(By.cssSelector("#roster-error-table tbody tr"));
    assertEquals(1, rows.size(), "one bad cell, one error row");
    List<String> error = cellTexts(By.cssSelector("#roster-error-table tbody tr td"));
    assertEquals("3", error.get(0), "the header is row 1, so the second person is on row 3");
    assertEquals("身份证号", error.get(1));
    assertTrue(error.get(2).contains("校验位") && error.get(2).endsWith("最后一位应为 " + right), error.get(2));
    assertEquals(0, db.queryLong("SELECT count(*) FROM core.candidates"));
    assertTrue(browser.text(By.id("candidate-table")).contains("还没有竞职人"));
  }

  @Test
  @Order(4)
  @DisplayName("the corrected roster imports every row and the table shows the candidates with masked numbers")
  void correctedRoster() throws IOException {
    Path roster = csv("名册.csv", ROSTER.stream().map(p -> p.csvLine(p.idCard())).toList());

    browser.attach(By.id("roster-file"), roster);
    browser.click(By.id("roster-import"));

    browser.waitForText(By.id("roster-result"), "导入成功：共导入 4 名竞职人");
    assertFalse(browser.driver().findElement(By.id("roster-errors")).isDisplayed(), "the old error table is gone");
    browser.waitForText(By.id("candidate-count"), "共 4 人");
    List<WebElement> rows = browser.all(By.cssSelector("#candidate-table tbody tr"));
    assertEquals(ROSTER.size(), rows.size());
    String table = browser.text(By.id("candidate-table"));
    for (Person person : ROSTER) {
      assertTrue(table.contains(person.name()), person.name() + " in " + table);
      assertTrue(table.contains(person.idCard().substring(0, 6) + "********" + person.idCard().substring(14)));
      assertFalse(browser.pageSource().contains(person.idCard()), "full ID number of " + person.name() + " shown");
    }
    List<String> first = cellTexts(By.cssSelector("#candidate-table tbody tr:first-child td"));
    String masked = ROSTER.get(0).idCard().substring(0, 6) + "********" + ROSTER.get(0).idCard().substring(14);
    assertEquals(List.of("赵文博", masked, "男", "1984", "临江市东湖区发展和改革局", "综合科科长",
        "XZ01 区发展和改革局副局长"), first);
    assertEquals(4, db.queryLong("SELECT count(*) FROM core.candidates"));
    assertEquals("1 个岗位，2 个职数，4 名竞职人", browser.text(By.id("campaign-summary")));
  }

  @Test
  @Order(5)
  @DisplayName("switching to English relabels the page, and the choice survives a reload")
  void switchLanguage() {
    browser.click(By.cssSelector(".lang-switch button[data-language='en']"));

    browser.waitForText(By.id("candidates-title"), "Candidates");
    assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Positions and seats", browser.text(By.id("positions-title")));
    assertEquals("Import the candidate roster", browser.text(By.id("roster-title")));
    assertEquals("In preparation", browser.text(By.id("campaign-status")));
    assertEquals("Positions: 1 · seats: 2 · candidates: 4", browser.text(By.id("campaign-summary")));
    assertTrue(cellTexts(By.cssSelector("#candidate-table thead th")).contains("ID card number"));
    assertEquals("M", cellTexts(By.cssSelector("#candidate-table tbody tr:first-child td")).get(2));
    assertTrue(browser.text(By.id("roster-result")).startsWith("Imported 4 candidates"));

    browser.driver().navigate().refresh();
    browser.waitForText(By.id("campaign-title"), CAMPAIGN);
    assertEquals("Campaign details", browser.text(By.id("details-title")));
    assertEquals("true", browser.visible(By.cssSelector(".lang-switch button[data-language='en']"))
        .getAttribute("aria-pressed"));
    assertEquals(List.of(), browser.scriptErrors(), "script errors in the console's pages");
  }

  private static List<String> cellTexts(By cells) {
    return browser.all(cells).stream().map(WebElement::getText).map(String::trim).collect(Collectors.toList());
  }

  private static Path csv(String name, List<String> lines) throws IOException {
    String text = HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n";
    return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** ISO 7064 MOD 11-2, as GB 11643 defines the last character of an identity card number. */
  private static char checkCharacter(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return "10X98765432".charAt(sum % 11);
  }
}
