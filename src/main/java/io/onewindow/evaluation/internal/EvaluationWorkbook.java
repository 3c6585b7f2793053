package io.onewindow.evaluation.internal;

import io.onewindow.evaluation.SatisfactionFigures;
import io.onewindow.evaluation.SatisfactionFigures.Row;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The supervisor's Excel export: one sheet per breakdown, then the overdue 差评整改. */
public final class EvaluationWorkbook {

    private EvaluationWorkbook() {
    }

    public static byte[] of(SatisfactionFigures figures, List<Tickets.Ticket> overdue) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            figuresSheet(book, "全市", List.of(figures.total()));
            figuresSheet(book, "按部门", figures.byDepartment());
            figuresSheet(book, "按服务大厅", figures.byHall());
            figuresSheet(book, "按事项", figures.byItem());
            Sheet sheet = book.createSheet("逾期整改");
            row(sheet, 0, "部门", "评价", "状态", "整改时限", "已报负责人");
            int i = 1;
            for (Tickets.Ticket t : overdue) {
                row(sheet, i++, t.departmentId(), t.rating().level().label(), t.status().label(), t.dueOn().toString(),
                        t.escalatedAt() != null ? "是" : "否");
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void figuresSheet(Workbook book, String name, List<Row> rows) {
        Sheet sheet = book.createSheet(name);
        row(sheet, 0, "名称", "评价数", "满意数", "满意率", "差评数", "差评按时整改");
        int i = 1;
        for (Row r : rows) {
            var row = sheet.createRow(i++);
            row.createCell(0).setCellValue(r.name());
            row.createCell(1).setCellValue(r.rated());
            row.createCell(2).setCellValue(r.satisfied());
            row.createCell(3).setCellValue(Math.round(r.satisfactionRate() * 1000) / 10.0 + "%");
            row.createCell(4).setCellValue(r.bad());
            row.createCell(5).setCellValue(r.rectifiedOnTime());
        }
        sheet.setColumnWidth(0, 40 * 256);
    }

    private static void row(Sheet sheet, int index, String... values) {
        var row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
