package io.onewindow.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads an uploaded .xlsx (first sheet) or UTF-8 .csv (RFC 4180 quoting) into rows of cell texts, for the imports
 * departments make from their own files. Unreadable files are a 400 with a Chinese reason.
 */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** An .xlsx or .csv upload, by its name. */
    public static List<List<String>> read(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw invalid("请选择要导入的文件");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(java.util.Locale.ROOT);
        try (InputStream in = file.getInputStream()) {
            if (name.endsWith(".xlsx")) {
                return xlsx(in);
            }
            if (name.endsWith(".csv")) {
                return csv(in.readAllBytes());
            }
        }
        throw invalid("只支持 .xlsx 或 .csv（UTF-8）文件");
    }

    /** One sheet of a workbook, or a whole CSV file (named after the file). */
    public record Table(String name, List<List<String>> rows) {
    }

    /** Every sheet of an .xlsx upload, or the one table of a .csv upload. */
    public static List<Table> tables(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw invalid("请选择要导入的文件");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            return tables(name, in.readAllBytes());
        }
    }

    public static List<Table> tables(String fileName, byte[] bytes) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
                List<Table> tables = new ArrayList<>();
                for (int s = 0; s < book.getNumberOfSheets(); s++) {
                    tables.add(new Table(book.getSheetName(s), rows(book.getSheetAt(s))));
                }
                return tables;
            } catch (IOException | RuntimeException e) {
                throw invalid("无法读取 Excel 文件（应为 .xlsx 格式）");
            }
        }
        if (lower.endsWith(".csv")) {
            return List.of(new Table(fileName, csv(bytes)));
        }
        throw invalid("只支持 .xlsx 或 .csv（UTF-8）文件");
    }

    /** The first sheet of a workbook; cells as Excel shows them. */
    public static List<List<String>> xlsx(InputStream in) {
        try (XSSFWorkbook book = new XSSFWorkbook(in)) {
            return rows(book.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            throw invalid("无法读取 Excel 文件（应为 .xlsx 格式）");
        }
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                cells.add(format.formatCellValue(row.getCell(c)).strip());
            }
            rows.add(cells);
        }
        return withoutBlankRows(rows);
    }

    public static List<List<String>> csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("CSV 文件应为 UTF-8 编码（Excel 中“另存为 CSV UTF-8”）");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString().strip());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString().strip());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString().strip());
            rows.add(row);
        }
        return withoutBlankRows(rows);
    }

    private static List<List<String>> withoutBlankRows(List<List<String>> rows) {
        // trailing blank rows go; blank rows inside stay so that row numbers in messages are the file's own
        int last = rows.size();
        while (last > 0 && String.join("", rows.get(last - 1)).isBlank()) {
            last--;
        }
        return new ArrayList<>(rows.subList(0, last));
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, detail);
    }
}
