package org.saima.scoring.campaign;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The roster template people fill in, as xlsx (identity card column formatted as text) or CSV. */
public final class RosterTemplate {
  private static final List<String> EXAMPLE =
      List.of("王建国", "330102198503120014", "XZ01", "杭州市西湖区发展和改革局", "副局长", "13900001234");
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  public void xlsx(RoutingContext ctx) {
    ctx.response()
        .putHeader("Content-Type", XLSX)
        .putHeader("Content-Disposition", "attachment; filename=\"roster-template.xlsx\"")
        .end(Buffer.buffer(workbook()));
  }

  public void csv(RoutingContext ctx) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(String.join(",", headers())).append("\r\n");
    csv.append(String.join(",", EXAMPLE)).append("\r\n");
    ctx.response()
        .putHeader("Content-Type", "text/csv; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"roster-template.csv\"")
        .end(Buffer.buffer(csv.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> headers() {
    return java.util.Arrays.stream(Roster.Column.values()).map(Roster.Column::title).toList();
  }

  private static byte[] workbook() {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("候选人名册");
      CellStyle text = book.createCellStyle();
      text.setDataFormat(book.createDataFormat().getFormat("@"));
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      List<String> headers = headers();
      var header = sheet.createRow(0);
      var example = sheet.createRow(1);
      for (int c = 0; c < headers.size(); c++) {
        header.createCell(c).setCellValue(headers.get(c) + (Roster.Column.values()[c].required ? "*" : ""));
        header.getCell(c).setCellStyle(bold);
        example.createCell(c).setCellValue(EXAMPLE.get(c));
        example.getCell(c).setCellStyle(text);
        sheet.setDefaultColumnStyle(c, text);
        sheet.setColumnWidth(c, c == 3 ? 40 * 256 : 22 * 256);
      }
      Sheet help = book.createSheet("填写说明");
      String[] lines = {"带 * 的列必填；第一行是表头，请勿修改。", "身份证号为 18 位，最后一位可为 X；本列已设为文本格式，请勿改为数字。",
          "岗位代码须与本次选拔已设置的岗位代码一致。", "示例行（第 2 行）请替换为实际人员，或删除后再导入。",
          "导入时逐行检查：任一行有错则整份名册都不导入，并列出每个错误的行号、列名和原因。"};
      for (int i = 0; i < lines.length; i++) {
        help.createRow(i).createCell(0).setCellValue(lines[i]);
      }
      help.setColumnWidth(0, 90 * 256);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
