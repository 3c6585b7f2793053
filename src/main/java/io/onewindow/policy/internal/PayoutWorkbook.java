package io.onewindow.policy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 兑现名单 for the finance department: the confirmed payouts of a batch, then the exclusions with their reasons. */
@Component
public class PayoutWorkbook {

    private record Line(String name, String creditCode, BigDecimal amount, String bankRef, LocalDate eligibleSince,
            LocalDate paidOn) {
    }

    private final JdbcClient jdbc;
    private final Policies policies;

    PayoutWorkbook(JdbcClient jdbc, Policies policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    /** Empty when the batch has not been confirmed. */
    public java.util.Optional<byte[]> of(UUID policyId) {
        Policies.Policy policy = policies.get(policyId);
        var batch = jdbc.sql("select id, voucher, confirmed_by from policy_batch where policy_id = ?").param(policyId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).optional();
        if (batch.isEmpty()) {
            return java.util.Optional.empty();
        }
        UUID batchId = UUID.fromString(batch.get()[0]);
        List<Line> lines = jdbc.sql("""
                select enterprise_name, credit_code, amount_yuan, bank_ref, eligible_since, (paid_at at time zone 'Asia/Shanghai')::date
                from policy_payout where batch_id = ? order by bank_ref""").param(batchId)
                .query((rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class))).list();
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("兑现名单");
            row(sheet, 0, policy.title() + "（" + policy.docNumber() + "）", "国库集中支付凭证 " + batch.get()[1],
                    "确认人 " + batch.get()[2]);
            row(sheet, 1, "序号", "企业名称", "统一社会信用代码", "金额（元）", "支付参考号", "符合日期", "兑现日期");
            int i = 2;
            for (Line l : lines) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue(i - 1);
                row.createCell(1).setCellValue(l.name());
                row.createCell(2).setCellValue(l.creditCode());
                row.createCell(3).setCellValue(l.amount().doubleValue());
                row.createCell(4).setCellValue(l.bankRef());
                row.createCell(5).setCellValue(String.valueOf(l.eligibleSince()));
                row.createCell(6).setCellValue(String.valueOf(l.paidOn()));
                i++;
            }
            sheet.setColumnWidth(1, 36 * 256);
            sheet.setColumnWidth(2, 22 * 256);
            sheet.setColumnWidth(4, 22 * 256);
            Sheet excluded = book.createSheet("不予兑现");
            row(excluded, 0, "统一社会信用代码", "理由");
            int j = 1;
            for (String[] e : jdbc.sql("select credit_code, reason from policy_batch_exclusion where batch_id = ? order by credit_code")
                    .param(batchId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list()) {
                row(excluded, j++, e);
            }
            book.write(out);
            return java.util.Optional.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        var row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
