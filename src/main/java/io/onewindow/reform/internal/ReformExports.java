package io.onewindow.reform.internal;

import io.onewindow.platform.PdfDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** For the leadership meeting: the plan's progress as an Excel workbook and as a printable PDF (CJK fonts embedded). */
@Component
public class ReformExports {

    private final PdfDocuments pdfs;

    ReformExports(PdfDocuments pdfs) {
        this.pdfs = pdfs;
    }

    public byte[] workbook(PlanView view) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet measures = book.createSheet("举措");
            row(measures, 0, "编号", "任务", "举措", "牵头单位", "完成时限", "状态", "完成比例", "情况说明", "指标", "认领单位", "督办单", "得分");
            int i = 1;
            for (PlanView.MeasureView m : view.measures()) {
                row(measures, i++, m.measure().key(), "（" + m.measure().taskNumber() + "）" + m.measure().taskTitle(),
                        m.measure().title(), m.leadName(), m.measure().deadline().toString(), m.status().label(),
                        m.percent() + "%", String.join("；", m.reasons()), targets(m.targets()),
                        m.claims().stream().map(c -> c.unitId() + "（" + claimLabel(c.status()) + "）").collect(Collectors.joining("、")),
                        String.valueOf(m.notices().size()), String.valueOf(m.score()));
            }
            measures.setColumnWidth(2, 60 * 256);
            Sheet chapters = book.createSheet("按部分");
            row(chapters, 0, "部分", "举措数", "已完成", "按计划推进", "存在风险", "已超期");
            i = 1;
            for (PlanView.ChapterSummary c : view.chapters()) {
                row(chapters, i++, c.number() + "、" + c.title(), n(c.measures()), n(c.done()), n(c.onTrack()), n(c.atRisk()), n(c.late()));
            }
            Sheet ranking = book.createSheet("目标绩效考核");
            row(ranking, 0, "名次", "牵头单位", "举措数", "已完成", "存在风险", "已超期", "得分");
            i = 1;
            for (PlanView.UnitScore u : view.ranking()) {
                row(ranking, i++, n(u.rank()), u.unitName(), n(u.measures()), n(u.done()), n(u.atRisk()), n(u.late()),
                        String.valueOf(u.score()));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] pdf(PlanView view) {
        return pdfs.write(view.plan().title(), page -> {
            page.text(view.plan().title() + "（第 " + view.plan().version() + " 版）推进情况", 16, 0);
            page.text((view.plan().document() == null ? "" : view.plan().document() + "　") + "截至 " + view.today(), 10.5f, 0);
            page.moveDown(6);
            for (PlanView.ChapterSummary c : view.chapters()) {
                page.text(c.number() + "、" + c.title() + "：举措 " + c.measures() + " 项，已完成 " + c.done() + "，按计划推进 "
                        + c.onTrack() + "，存在风险 " + c.atRisk() + "，已超期 " + c.late(), 10.5f, 0);
            }
            page.moveDown(6);
            page.text("目标绩效考核排名", 13, 0);
            for (PlanView.UnitScore u : view.ranking()) {
                page.text(u.rank() + ". " + u.unitName() + "　" + u.score() + " 分（举措 " + u.measures() + "，超期 " + u.late() + "）",
                        10.5f, 10);
            }
            page.moveDown(6);
            page.text("举措明细", 13, 0);
            for (PlanView.MeasureView m : view.measures()) {
                page.text(m.measure().key() + "　" + m.measure().title(), 10.5f, 0);
                page.text("牵头：" + m.leadName() + "；时限：" + m.measure().deadline() + "；" + m.status().label() + "，完成 "
                        + m.percent() + "%" + (m.reasons().isEmpty() ? "" : "；" + String.join("；", m.reasons())), 9, 12);
                String t = targets(m.targets());
                if (!t.isEmpty()) {
                    page.text("指标：" + t, 9, 12);
                }
            }
        });
    }

    static String targets(List<PlanView.TargetView> targets) {
        return targets.stream().map(t -> t.label() + " " + plain(t.value()) + (t.targetValue() == null ? ""
                : (t.direction().equals("AT_MOST") ? " / ≤" : " / ≥") + plain(t.targetValue())) + " " + t.unit()
                + (t.measured() ? "（平台实时）" : "（单位报送）")).collect(Collectors.joining("；"));
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    private static String claimLabel(String status) {
        return switch (status) {
            case "ASSIGNED" -> "已交办";
            case "CLAIMED" -> "待确认";
            default -> "已确认";
        };
    }

    private static String n(int value) {
        return String.valueOf(value);
    }

    private static void row(Sheet sheet, int index, String... values) {
        var row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
