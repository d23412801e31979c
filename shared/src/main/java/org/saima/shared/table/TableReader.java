package org.saima.shared.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an xlsx file, or a CSV file (UTF-8, with or without BOM, or GB18030 as
 * Excel on a Chinese system saves it), into a {@link Table}. Which one it is comes from the bytes,
 * not from what the browser claims.
 */
public final class TableReader {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private final int maxRows;

  public TableReader(int maxRows) {
    this.maxRows = maxRows;
  }

  public static boolean looksLikeXlsx(byte[] bytes) {
    return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  public Table read(byte[] bytes) {
    if (bytes.length == 0) {
      throw new TableException("The file is empty.");
    }
    return looksLikeXlsx(bytes) ? readXlsx(bytes) : readCsv(bytes);
  }

  private Table readXlsx(byte[] bytes) {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<List<String>> lines = new ArrayList<>();
      int last = sheet.getLastRowNum();
      for (int r = 0; r <= last; r++) {
        var row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(text(formatter, row.getCell(c)));
          }
        }
        lines.add(cells);
      }
      return table(lines);
    } catch (IOException | RuntimeException e) {
      if (e instanceof TableException te) {
        throw te;
      }
      throw new TableException("The file is not a readable xlsx workbook: " + e.getMessage());
    }
  }

  private static String text(DataFormatter formatter, Cell cell) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC && Math.abs(cell.getNumericCellValue()) >= 1e15) {
      // Excel keeps only 15 significant digits: an ID-card number typed as a number is already damaged.
      return "#NUMBER:" + formatter.formatCellValue(cell);
    }
    return formatter.formatCellValue(cell);
  }

  private Table readCsv(byte[] bytes) {
    String text = decode(bytes);
    try (Reader reader = new java.io.StringReader(text);
         CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
      List<List<String>> lines = new ArrayList<>();
      for (CSVRecord record : parser) {
        lines.add(record.toList());
        if (lines.size() > maxRows + 1) {
          break;
        }
      }
      return table(lines);
    } catch (IOException | RuntimeException e) {
      throw new TableException("The file is not readable as CSV: " + e.getMessage());
    }
  }

  static String decode(byte[] bytes) {
    int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, GB18030);
    }
  }

  private Table table(List<List<String>> lines) {
    if (lines.isEmpty() || lines.get(0).stream().allMatch(String::isBlank)) {
      throw new TableException("The first row must hold the column headers.");
    }
    List<String> headers = lines.get(0).stream().map(TableReader::cleanHeader).toList();
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      Map<String, String> cells = new LinkedHashMap<>();
      List<String> line = lines.get(i);
      for (int c = 0; c < headers.size(); c++) {
        cells.put(headers.get(c), c < line.size() ? line.get(c) : "");
      }
      Table.Row row = new Table.Row(i + 1, cells);
      if (!row.isBlank()) {
        rows.add(row);
      }
      if (rows.size() > maxRows) {
        throw new TableException("The file has more than " + maxRows + " data rows; split it.");
      }
    }
    return new Table(headers, rows);
  }

  private static String cleanHeader(String header) {
    return header.replace("\uFEFF", "").replace("*", "").trim();
  }
}
