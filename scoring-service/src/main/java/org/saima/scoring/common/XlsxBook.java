package org.saima.scoring.common;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A result sheet as an xlsx workbook: a title line, a header row in bold, then rows of text and numbers.
 * Decimals go in as numbers shown with two places, so Excel can sort and sum them; the exact text stays in
 * the JSON and on the printed page.
 */
public final class XlsxBook implements AutoCloseable {
  public static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final XSSFWorkbook book = new XSSFWorkbook();
  private final CellStyle bold;
  private final CellStyle decimal;

  public XlsxBook() {
    Font font = book.createFont();
    font.setBold(true);
    bold = book.createCellStyle();
    bold.setFont(font);
    decimal = book.createCellStyle();
    decimal.setDataFormat(book.createDataFormat().getFormat("0.00"));
  }

  /** A sheet with a title on row 1, the headers on row 3 and the rows below. */
  public void sheet(String name, String title, List<String> headers, List<List<Object>> rows) {
    Sheet sheet = book.createSheet(safe(name));
    Cell titleCell = sheet.createRow(0).createCell(0);
    titleCell.setCellValue(title);
    titleCell.setCellStyle(bold);
    Row header = sheet.createRow(2);
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(bold);
      sheet.setColumnWidth(c, Math.min(60, Math.max(10, headers.get(c).length() * 3)) * 256);
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(3 + r);
      List<Object> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        put(row.createCell(c), values.get(c));
      }
    }
    sheet.createFreezePane(0, 3);
  }

  private void put(Cell cell, Object value) {
    if (value instanceof BigDecimal number) {
      cell.setCellValue(number.doubleValue());
      cell.setCellStyle(decimal);
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else if (value != null) {
      cell.setCellValue(String.valueOf(value));
    }
  }

  public byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends the workbook as a download named {@code fileName} (UTF-8 names for Chinese file names). */
  public static void send(RoutingContext ctx, byte[] bytes, String fileName) {
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    ctx.response().putHeader("Content-Type", TYPE)
        .putHeader("Content-Disposition", "attachment; filename=\"results.xlsx\"; filename*=UTF-8''" + encoded)
        .end(Buffer.buffer(bytes));
  }

  private static String safe(String name) {
    String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
    return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
  }

  @Override
  public void close() {
    try {
      book.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
