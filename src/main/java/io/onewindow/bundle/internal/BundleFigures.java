package io.onewindow.bundle.internal;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.catalog.MoreTargets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of each bundle, from its applications: how many, how many 办结, how long end to end in working days
 * (submission to the last member's decision) against the sum of its members' statutory days, and the materials the
 * applicants did not hand in. Also the plan's target "≥ 10 个一件事" for the targets page.
 */
@Service
public class BundleFigures implements MoreTargets {

    /**
     * @param averageWorkingDays end to end, of the finished ones; null before the first
     * @param materialsAvoided   (member 一单 lines − distinct uploads) × submitted applications
     */
    public record Figures(String code, String name, long submitted, long finished, Double averageWorkingDays,
            int statutoryDaysApart, int statutoryDaysTogether, long materialsAvoided) {
    }

    /** The plan (task 9): at least ten "一件事一次办" in service. */
    static final int TARGET_2023 = 10;

    private final JdbcClient jdbc;
    private final BundleGuides guides;
    private final WorkingDays workingDays;

    BundleFigures(JdbcClient jdbc, BundleGuides guides, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.guides = guides;
        this.workingDays = workingDays;
    }

    public List<Figures> all() {
        return of(guides.all());
    }

    /** The figures of these bundles (a page that has their guides already does not compute them again). */
    public List<Figures> of(List<BundleGuide> bundles) {
        Map<String, long[]> counts = new HashMap<>(); // code → submitted, finished, working days of the finished
        jdbc.sql("""
                select d.code, c.status, cast(c.submitted_at as date), cast(c.finished_at as date), count(*)
                from bundle_case c join bundle_definition d on d.id = c.definition_id where c.status <> 'DRAFT'
                group by 1, 2, 3, 4""").query(rs -> {
                    long[] row = counts.computeIfAbsent(rs.getString(1), k -> new long[3]);
                    long n = rs.getLong(5);
                    row[0] += n;
                    if (rs.getString(2).equals("FINISHED")) {
                        row[1] += n;
                        row[2] += n * workingDays.workingDaysBetween(rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDate.class));
                    }
                });
        return bundles.stream().map(g -> {
            long[] row = counts.getOrDefault(g.definition().code(), new long[3]);
            return new Figures(g.definition().code(), g.definition().name(), row[0], row[1],
                    row[1] == 0 ? null : (double) row[2] / row[1], g.figures().statutoryDaysApart(),
                    g.figures().statutoryDaysTogether(),
                    row[0] * (g.figures().materialLines() - g.figures().uploads()));
        }).toList();
    }

    @Override
    public List<Target> targets() {
        return List.of(new Target("一件事一次办（在办）", guides.all().size(), TARGET_2023, "/bundles"));
    }
}
