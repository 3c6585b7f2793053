package io.onewindow.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PauseRepository {

    private final JdbcClient jdbc;

    PauseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StatutoryClock.Pause> ofCase(UUID caseId) {
        return jdbc.sql("select * from casework_pause where case_id = ? order by id").param(caseId)
                .query((rs, n) -> new StatutoryClock.Pause(rs.getString("kind"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getString("note")))
                .list();
    }

    /** The pauses of many cases in one query (list pages), by case. */
    public java.util.Map<UUID, List<StatutoryClock.Pause>> ofCases(java.util.Collection<UUID> caseIds) {
        java.util.Map<UUID, List<StatutoryClock.Pause>> byCase = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        jdbc.sql("select * from casework_pause where case_id = any(?) order by id").param(caseIds.toArray(UUID[]::new))
                .query((rs, n) -> byCase.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new java.util.ArrayList<>())
                        .add(new StatutoryClock.Pause(rs.getString("kind"), rs.getObject("starts_on", LocalDate.class),
                                rs.getObject("ends_on", LocalDate.class), rs.getString("note"))))
                .list();
        return byCase;
    }

    boolean hasOpen(UUID caseId) {
        return jdbc.sql("select count(*) from casework_pause where case_id = ? and ends_on is null").param(caseId)
                .query(Integer.class).single() > 0;
    }

    void open(UUID caseId, String kind, LocalDate on, String note) {
        jdbc.sql("insert into casework_pause (case_id, kind, starts_on, note) values (?, ?, ?, ?)")
                .params(caseId, kind, on, note).update();
    }

    int close(UUID caseId, LocalDate on) {
        return jdbc.sql("update casework_pause set ends_on = ? where case_id = ? and ends_on is null").params(on, caseId).update();
    }
}
