package io.onewindow.catalog.internal;

import io.onewindow.catalog.CatalogErrorCode;
import io.onewindow.platform.OneWindowException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The catalogue as one Excel sheet (事项清单), one item per row, headers as in {@link TransferItem#COLUMNS}. */
public final class ExcelCatalogFile {

    private static final String SHEET = "事项清单";

    private ExcelCatalogFile() {
    }

    public static byte[] write(List<TransferItem> items) throws IOException {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(SHEET);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < TransferItem.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(TransferItem.COLUMNS.get(c).header());
            }
            for (int r = 0; r < items.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < TransferItem.COLUMNS.size(); c++) {
                    String value = TransferItem.COLUMNS.get(c).read().apply(items.get(r));
                    Cell cell = row.createCell(c);
                    cell.setCellValue(value == null ? "" : value);
                    cell.setCellStyle(wrap);
                }
            }
            sheet.createFreezePane(2, 1);
            book.write(out);
            return out.toByteArray();
        }
    }

    /** Rows by their Excel row number (the header is row 1). Refuses a sheet whose headers are not the expected ones. */
    public static Map<Integer, TransferItem> read(InputStream in) {
        try (Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(SHEET) != null ? book.getSheet(SHEET) : book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            checkHeader(sheet.getRow(0), formatter);
            Map<Integer, TransferItem> rows = new LinkedHashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isEmpty(row, formatter)) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (int c = 0; c < TransferItem.COLUMNS.size(); c++) {
                    values.add(formatter.formatCellValue(row.getCell(c)).strip());
                }
                rows.put(r + 1, TransferItem.of(values));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof OneWindowException owe) {
                throw owe;
            }
            throw new OneWindowException(CatalogErrorCode.CATALOG_IMPORT_INVALID, "无法读取 Excel 文件（应为 .xlsx 格式）");
        }
    }

    private static void checkHeader(Row header, DataFormatter formatter) {
        List<String> problems = new ArrayList<>();
        for (int c = 0; c < TransferItem.COLUMNS.size(); c++) {
            String expected = TransferItem.COLUMNS.get(c).header();
            String actual = header == null ? "" : formatter.formatCellValue(header.getCell(c)).strip();
            if (!expected.equals(actual)) {
                problems.add("第 " + (c + 1) + " 列应为“" + expected + "”" + (actual.isEmpty() ? "，实际为空" : "，实际为“" + actual + "”"));
            }
        }
        if (!problems.isEmpty()) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_IMPORT_INVALID, "第 1 行（表头）不符合事项清单模板："
                    + String.join("；", problems.subList(0, Math.min(5, problems.size())))
                    + (problems.size() > 5 ? "；等 " + problems.size() + " 处" : ""));
        }
    }

    private static boolean isEmpty(Row row, DataFormatter formatter) {
        for (int c = 0; c < TransferItem.COLUMNS.size(); c++) {
            if (!formatter.formatCellValue(row.getCell(c)).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
