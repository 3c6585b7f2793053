package io.onewindow.hotline.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Monthly hotline figures, computed live from the orders received in the month: per unit 按时签收率, 按时办结率 (reply
 * by the 办理 limit), 满意率 (满意 or 基本满意 of those called back) and 重复来电率 (the caller had called in the 30 days
 * before); for the centre, first-contact resolution (closed by a direct answer on the call).
 */
@Service
public class HotlineFigures {

    public record UnitRow(String unitId, String unitName, long dispatched, long signedOnTime, long repliedOnTime,
            long calledBack, long satisfied, long repeated) {

        public double rate(long part, long whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    public record Month(YearMonth month, long received, long firstContact, List<UnitRow> units) {

        public double firstContactRate() {
            return received == 0 ? 0 : (double) firstContact / received;
        }
    }

    private final JdbcClient jdbc;
    private final Units units;

    HotlineFigures(JdbcClient jdbc, Units units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public Month of(YearMonth month) {
        // the month's bounds as instants in Beijing time, so the created_at index serves the range
        var from = month.atDay(1).atStartOfDay(io.onewindow.platform.ChinaTime.ZONE).toOffsetDateTime();
        var to = month.plusMonths(1).atDay(1).atStartOfDay(io.onewindow.platform.ChinaTime.ZONE).toOffsetDateTime();
        String inMonth = " o.created_at >= ? and o.created_at < ?";
        long received = jdbc.sql("select count(*) from hotline_order o where " + inMonth).params(from, to).query(Long.class).single();
        long firstContact = jdbc.sql("select count(*) from hotline_order o where first_contact and " + inMonth).params(from, to)
                .query(Long.class).single();
        List<UnitRow> rows = jdbc.sql("""
                select o.lead_unit, count(*) as dispatched,
                  count(*) filter (where o.signed_at is not null and (o.signed_at at time zone 'Asia/Shanghai')::date <= o.sign_due) as signed_on_time,
                  count(*) filter (where o.replied_at is not null and (o.replied_at at time zone 'Asia/Shanghai')::date <= o.handle_due) as replied_on_time,
                  count(*) filter (where o.callback_result is not null) as called_back,
                  count(*) filter (where o.callback_result in ('SATISFIED', 'FAIR')) as satisfied,
                  count(*) filter (where exists (select 1 from hotline_order p where p.caller_phone_hash = o.caller_phone_hash
                      and p.id <> o.id and p.created_at < o.created_at and p.created_at > o.created_at - interval '30 days')) as repeated
                from hotline_order o where o.lead_unit is not null and """ + inMonth + " group by o.lead_unit order by 2 desc, 1")
                .params(from, to).query((rs, n) -> new UnitRow(rs.getString(1), units.name(rs.getString(1)), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7))).list();
        return new Month(month, received, firstContact, rows);
    }

    /** One cell of the hot-spot table: orders of a top-level category in a region over the last days. */
    public record HotSpot(String regionId, String category, long orders) {
    }

    /** 热点: orders of the last {@code days} days by region and top-level category, most first. */
    public List<HotSpot> hotSpots(int days) {
        return jdbc.sql("""
                select o.region_id, coalesce(p.name, c.name) as category, count(*) from hotline_order o
                join hotline_category c on c.code = o.category_code left join hotline_category p on p.code = c.parent_code
                where o.created_at > now() - make_interval(days => ?) and o.merged_into is null
                group by 1, 2 order by 3 desc, 1, 2""").param(days)
                .query((rs, n) -> new HotSpot(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** The monthly report as Excel. */
    public byte[] workbook(YearMonth month) {
        Month m = of(month);
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(month + " 承办单位");
            String[] head = {"承办单位", "派单数", "按时签收", "按时签收率", "按时办结", "按时办结率", "回访数", "满意数", "满意率", "重复来电", "重复来电率"};
            var header = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                header.createCell(i).setCellValue(head[i]);
            }
            int r = 1;
            for (UnitRow u : m.units()) {
                var row = sheet.createRow(r++);
                row.createCell(0).setCellValue(u.unitName());
                row.createCell(1).setCellValue(u.dispatched());
                row.createCell(2).setCellValue(u.signedOnTime());
                row.createCell(3).setCellValue(u.rate(u.signedOnTime(), u.dispatched()));
                row.createCell(4).setCellValue(u.repliedOnTime());
                row.createCell(5).setCellValue(u.rate(u.repliedOnTime(), u.dispatched()));
                row.createCell(6).setCellValue(u.calledBack());
                row.createCell(7).setCellValue(u.satisfied());
                row.createCell(8).setCellValue(u.rate(u.satisfied(), u.calledBack()));
                row.createCell(9).setCellValue(u.repeated());
                row.createCell(10).setCellValue(u.rate(u.repeated(), u.dispatched()));
            }
            sheet.setColumnWidth(0, 36 * 256);
            Sheet centre = book.createSheet("热线中心");
            var a = centre.createRow(0);
            a.createCell(0).setCellValue("受理总数");
            a.createCell(1).setCellValue(m.received());
            var b = centre.createRow(1);
            b.createCell(0).setCellValue("一次办结（直接答复）");
            b.createCell(1).setCellValue(m.firstContact());
            var c = centre.createRow(2);
            c.createCell(0).setCellValue("一次办结率");
            c.createCell(1).setCellValue(m.firstContactRate());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
