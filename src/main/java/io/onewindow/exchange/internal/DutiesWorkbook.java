package io.onewindow.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** 数据共享责任清单 as Excel, for the 督办 meeting: one line per duty, overdue ones filled red. */
public final class DutiesWorkbook {

    private DutiesWorkbook() {
    }

    public static byte[] of(List<Datasets.Duty> duties, LocalDate today) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("数据共享责任清单");
            CellStyle red = book.createCellStyle();
            red.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            String[] header = {"责任部门", "数据资源", "任务", "完成时限", "完成日期", "完成情况"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            int r = 1;
            for (Datasets.Duty d : duties) {
                Row row = sheet.createRow(r++);
                String state = d.deliveredOn() == null ? (d.overdue(today) ? "逾期未完成" : "进行中")
                        : (d.overdue(today) ? "逾期完成" : "按时完成");
                String[] cells = {d.departmentName(), d.datasetName(), d.task(), d.dueOn().toString(),
                    d.deliveredOn() == null ? "" : d.deliveredOn().toString(), state};
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                    if (d.overdue(today)) {
                        row.getCell(c).setCellStyle(red);
                    }
                }
            }
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(2, 60 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
