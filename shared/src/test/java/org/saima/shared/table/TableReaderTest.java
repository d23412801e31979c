package org.saima.shared.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading uploaded tables")
class TableReaderTest {
  private final TableReader reader = new TableReader(100);

  @Test
  @DisplayName("a UTF-8 CSV with a BOM keeps its Chinese headers and row numbers as Excel shows them")
  void csvWithBom() {
    byte[] bytes = ("\uFEFF姓名,工作单位\r\n陈志远,临江市发展和改革委员会\r\n,\r\n林晓燕,\"临江市统计局, 综合科\"\r\n")
        .getBytes(StandardCharsets.UTF_8);
    Table table = reader.read(bytes);
    assertEquals(List.of("姓名", "工作单位"), table.headers());
    assertEquals(2, table.rows().size());
    assertEquals(2, table.rows().get(0).number());
    assertEquals(4, table.rows().get(1).number());
    assertEquals("临江市统计局, 综合科", table.rows().get(1).get("工作单位"));
  }

  @Test
  @DisplayName("a CSV saved by Excel on a Chinese system (GB18030) is decoded")
  void gb18030() {
    byte[] bytes = "姓名,工作单位\n周雅琴,临江市财政局\n".getBytes(Charset.forName("GB18030"));
    Table table = reader.read(bytes);
    assertEquals("周雅琴", table.rows().get(0).get("姓名"));
  }

  @Test
  @DisplayName("an xlsx workbook is read from its first sheet, and a long number typed as a number is flagged")
  void xlsx() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet("名册");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("姓名*");
      header.createCell(1).setCellValue("身份证号");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("刘德胜");
      row.createCell(1).setCellValue(331002198004250937d);
      book.write(out);
      Table table = reader.read(out.toByteArray());
      assertEquals(List.of("姓名", "身份证号"), table.headers());
      assertEquals("刘德胜", table.rows().get(0).get("姓名"));
      assertTrue(table.rows().get(0).get("身份证号").startsWith("#NUMBER:"));
    }
  }

  @Test
  @DisplayName("empty files, header-less files and files over the row limit are refused with a reason")
  void refusals() {
    assertThrows(TableException.class, () -> reader.read(new byte[0]));
    assertThrows(TableException.class, () -> reader.read(",,\n".getBytes(StandardCharsets.UTF_8)));
    StringBuilder big = new StringBuilder("姓名\n");
    for (int i = 0; i < 150; i++) {
      big.append("人员").append(i).append('\n');
    }
    TableException tooBig = assertThrows(TableException.class,
        () -> reader.read(big.toString().getBytes(StandardCharsets.UTF_8)));
    assertTrue(tooBig.getMessage().contains("100"));
    assertThrows(TableException.class, () -> reader.read(new byte[] {'P', 'K', 3, 4, 0, 0, 0}));
  }
}
