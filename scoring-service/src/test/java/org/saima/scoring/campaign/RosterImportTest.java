package org.saima.scoring.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saima.shared.table.TableReader;
import org.saima.shared.testing.Api;

@ExtendWith(VertxExtension.class)
@DisplayName("Importing a candidate roster")
class RosterImportTest {
  private static final String CSV = "text/csv";
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final ScoringNode scoring = new ScoringNode();

  @BeforeAll
  static void start(VertxTestContext ctx) {
    scoring.start(Map.of("SAIMA_UPLOAD_LIMIT_MB", "1")).onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    scoring.stop().onComplete(ctx.succeedingThenComplete());
  }

  private static long candidates(long campaignId) {
    return scoring.db.queryLong("SELECT count(*) FROM core.candidates WHERE campaign_id = " + campaignId);
  }

  private static Future<HttpResponse<Buffer>> upload(Api api, long campaignId, String type, byte[] file, String query) {
    return api.send(HttpMethod.POST, "/api/campaigns/" + campaignId + "/candidates/import" + query, type,
        Buffer.buffer(file));
  }

  private static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static final String GOOD = """
      姓名,身份证号,岗位代码,工作单位,现任职务
      陈志远,330102198503120014,XZ01,临江市发展和改革委员会,综合规划科科长
      林晓燕,11010519491231002X,XZ01,临江市统计局,综合统计科科长
      """;

  @Test
  @DisplayName("a file with one bad row imports nothing and names the row; the fixed file imports every row")
  void allOrNothing(Vertx vertx, VertxTestContext ctx) {
    String bad = GOOD + "黄建明,331002198103070358,XZ01,椒山县人民政府办公室,副主任\n";
    Api.to(vertx, scoring.port()).loginAdmin()
        .compose(api -> ScoringNode.campaignWithPosition(api, "2026年临江市公开选拔县级领导干部", "XZ01")
            .compose(ids -> upload(api, ids[0], CSV, csv(bad), "?fileName=roster.csv")
                .compose(refused -> {
                  ctx.verify(() -> {
                    assertEquals(400, refused.statusCode(), refused.bodyAsString());
                    JsonObject error = refused.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0);
                    assertEquals(4, error.getInteger("row"));
                    assertEquals("身份证号", error.getString("column"));
                    assertTrue(refused.bodyAsJsonObject().getString("detail").contains("nothing was imported"));
                    assertEquals(0, candidates(ids[0]));
                  });
                  String fixed = bad.replace("331002198103070358", "331002198103070359");
                  return upload(api, ids[0], CSV + "; charset=utf-8", csv(fixed), "?fileName=roster.csv");
                })
                .map(imported -> {
                  ctx.verify(() -> {
                    assertEquals(200, imported.statusCode(), imported.bodyAsString());
                    assertEquals(3, imported.bodyAsJsonObject().getInteger("imported"));
                    assertEquals(3, candidates(ids[0]));
                    assertEquals(1, scoring.db.queryLong("SELECT count(*) FROM core.audit WHERE action ="
                        + " 'candidate.import' AND campaign_id = " + ids[0] + " AND detail::jsonb->>'rows' = '3'"));
                  });
                  return imported;
                })))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an xlsx roster imports, and a dry run checks without storing")
  void xlsxAndDryRun(Vertx vertx, VertxTestContext ctx) throws Exception {
    byte[] workbook = xlsx(List.of(List.of("姓名", "身份证号", "岗位代码", "工作单位"),
        List.of("周雅琴", "331002198506300622", "CZ01", "临江市财政局"),
        List.of("郑国强", "331002198208110716", "CZ01", "临江市税务局第一分局")));
    Api.to(vertx, scoring.port()).loginAdmin()
        .compose(api -> ScoringNode.campaignWithPosition(api, "2026年临江市财政系统竞争上岗", "CZ01")
            .compose(ids -> upload(api, ids[0], XLSX, workbook, "?dryRun=true")
                .compose(dry -> upload(api, ids[0], "application/octet-stream", workbook, "").map(real -> {
                  ctx.verify(() -> {
                    assertEquals(200, dry.statusCode(), dry.bodyAsString());
                    assertEquals(2, dry.bodyAsJsonObject().getInteger("rows"));
                    assertEquals(0, dry.bodyAsJsonObject().getInteger("imported"));
                    assertEquals(200, real.statusCode(), real.bodyAsString());
                    assertEquals(2, candidates(ids[0]));
                  });
                  return real;
                }))))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a JSON body is 415, a file over the upload limit is 413, an unreadable file is 400")
  void refusedUploads(Vertx vertx, VertxTestContext ctx) {
    byte[] huge = new byte[2 * 1024 * 1024];
    Api.to(vertx, scoring.port()).loginAdmin()
        .compose(api -> ScoringNode.campaignWithPosition(api, "2026年临江市教育系统竞争上岗", "JY01")
            .compose(ids -> Future.all(List.of(
                    upload(api, ids[0], "application/json", csv("{}"), ""),
                    upload(api, ids[0], CSV, huge, ""),
                    upload(api, ids[0], XLSX, new byte[] {'P', 'K', 3, 4, 9, 9}, ""),
                    upload(api, ids[0], CSV, new byte[0], "")))
                .map(all -> {
                  ctx.verify(() -> {
                    assertEquals(415, all.<HttpResponse<Buffer>>resultAt(0).statusCode());
                    assertEquals(413, all.<HttpResponse<Buffer>>resultAt(1).statusCode());
                    assertEquals(400, all.<HttpResponse<Buffer>>resultAt(2).statusCode());
                    assertEquals(400, all.<HttpResponse<Buffer>>resultAt(3).statusCode());
                    assertEquals(0, candidates(ids[0]));
                  });
                  return all;
                })))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("both templates download without signing in and read back as a valid roster")
  void templates(Vertx vertx, VertxTestContext ctx) {
    Api anonymous = Api.to(vertx, scoring.port());
    Future.all(anonymous.get("/api/templates/roster.xlsx"), anonymous.get("/api/templates/roster.csv"))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          for (int i = 0; i < 2; i++) {
            HttpResponse<Buffer> template = all.resultAt(i);
            assertEquals(200, template.statusCode());
            var table = new TableReader(10).read(template.body().getBytes());
            Roster.Result result = Roster.check(table, Map.of("XZ01", 1L), Map.of(), LocalDate.now());
            assertTrue(result.valid(), result.errors().encode());
            assertEquals(1, result.rows().size());
          }
          ctx.completeNow();
        })));
  }

  private static byte[] xlsx(List<List<String>> rows) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet("候选人名册");
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }
}
