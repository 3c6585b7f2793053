package io.onewindow.casework.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What happened after acceptance: the process, the decision, the 秒批 rules, delivery (出件). */
@Repository
public class OutcomeRepository {

    /** The outcome columns of a case. */
    public record Outcome(String processInstanceId, LocalDate decidedOn, String decidedBy,
            List<InstantRules.Result> autoRules, String deliveryMethod, String deliveryStatus, String mailAddress,
            String trackingNumber, OffsetDateTime deliveredAt) {
    }

    private static final TypeReference<List<InstantRules.Result>> RULES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OutcomeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Outcome of(UUID caseId) {
        return jdbc.sql("select * from casework_case where id = ?").param(caseId).query((rs, n) -> {
            String rules = rs.getString("auto_rules");
            return new Outcome(rs.getString("process_instance_id"), rs.getObject("decided_on", LocalDate.class),
                    rs.getString("decided_by"), rules == null ? List.of() : json.readValue(rules, RULES),
                    rs.getString("delivery_method"), rs.getString("delivery_status"), rs.getString("mail_address"),
                    rs.getString("tracking_number"), rs.getObject("delivered_at", OffsetDateTime.class));
        }).single();
    }

    void processStarted(UUID caseId, String processInstanceId, List<InstantRules.Result> rules) {
        jdbc.sql("update casework_case set process_instance_id = ?, auto_rules = cast(? as jsonb) where id = ?")
                .params(processInstanceId, rules == null ? null : json.writeValueAsString(rules), caseId).update();
    }

    void decided(UUID caseId, String by) {
        jdbc.sql("update casework_case set decided_on = current_date, decided_by = ?, delivery_method = coalesce(delivery_method, 'WINDOW'), delivery_status = 'READY' where id = ?")
                .params(by, caseId).update();
    }

    int chooseMail(UUID caseId, String address) {
        return jdbc.sql("update casework_case set delivery_method = 'MAIL', mail_address = ? where id = ? and delivery_status = 'READY'")
                .params(address, caseId).update();
    }

    int delivered(UUID caseId, String method, String trackingNumber) {
        return jdbc.sql("""
                update casework_case set delivery_method = ?, tracking_number = coalesce(?, tracking_number),
                       delivery_status = 'DELIVERED', delivered_at = now() where id = ? and delivery_status = 'READY'""")
                .params(method, trackingNumber, caseId).update();
    }

    /** Decided cases waiting to go out through a hall's 出件 window. */
    List<UUID> readyAt(String hallId, String hallRegion) {
        return jdbc.sql("""
                select id from casework_case where delivery_status = 'READY' and
                  (intake_hall_id = ? or (intake_hall_id is null and region_id = ?)) order by decided_on, number""")
                .params(hallId, hallRegion).query(UUID.class).list();
    }

    int recentRefusals(UUID applicantId) {
        return jdbc.sql("""
                select count(*) from casework_case where applicant_id = ? and status in ('REJECTED', 'DENIED')
                and coalesce(decided_on, submitted_at::date) > current_date - 365""").param(applicantId).query(Integer.class).single();
    }
}
