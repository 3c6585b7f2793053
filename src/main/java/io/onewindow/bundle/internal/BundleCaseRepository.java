package io.onewindow.bundle.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bundle cases and their members (member cases are casework's, referred to by id). */
@Repository
class BundleCaseRepository {

    /** A bundle application. */
    record BundleCase(UUID id, UUID definitionId, String applicantKind, UUID applicantId, UUID accountId,
            String status, Instant createdAt, Instant submittedAt, Instant finishedAt) {
    }

    /**
     * DRAFT: not yet submitted; WAITING: for another member's result; SUBMITTED: with its department; HELD: could not
     * be submitted for the applicant, who can (note says why); SKIPPED: a predecessor was refused (note).
     */
    record MemberRow(UUID bundleCaseId, int position, UUID caseId, String state, String note) {
    }

    private final JdbcClient jdbc;

    BundleCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(BundleCase c, String channel) {
        jdbc.sql("""
                insert into bundle_case (id, definition_id, applicant_kind, applicant_id, account_id, channel, status)
                values (?, ?, ?, ?, ?, ?, 'DRAFT')""")
                .params(c.id(), c.definitionId(), c.applicantKind(), c.applicantId(), c.accountId(), channel).update();
    }

    void insertMember(UUID bundleCaseId, int position, UUID caseId) {
        jdbc.sql("insert into bundle_case_member (bundle_case_id, position, case_id, state) values (?, ?, ?, 'DRAFT')")
                .params(bundleCaseId, position, caseId).update();
    }

    Optional<BundleCase> find(UUID id) {
        return jdbc.sql("select * from bundle_case where id = ?").param(id).query(BundleCaseRepository::bundleCase).optional();
    }

    /** Locks the bundle case: two members approved at once must not both submit the member waiting for them. */
    Optional<BundleCase> lock(UUID id) {
        return jdbc.sql("select * from bundle_case where id = ? for update").param(id)
                .query(BundleCaseRepository::bundleCase).optional();
    }

    /** Those the account took in, and those submitted for the party (e.g. at a window). */
    List<BundleCase> ofAccount(UUID accountId, UUID partyId) {
        return jdbc.sql("""
                select * from bundle_case where account_id = ? or (applicant_id = ? and status <> 'DRAFT')
                order by created_at desc limit 100""").params(accountId, partyId).query(BundleCaseRepository::bundleCase).list();
    }

    List<MemberRow> members(UUID bundleCaseId) {
        return jdbc.sql("select * from bundle_case_member where bundle_case_id = ? order by position").param(bundleCaseId)
                .query((rs, n) -> new MemberRow(rs.getObject("bundle_case_id", UUID.class), rs.getInt("position"),
                        rs.getObject("case_id", UUID.class), rs.getString("state"), rs.getString("note"))).list();
    }

    Optional<UUID> bundleOfMember(UUID caseId) {
        return jdbc.sql("select bundle_case_id from bundle_case_member where case_id = ?").param(caseId)
                .query(UUID.class).optional();
    }

    void memberState(UUID bundleCaseId, int position, String state, String note) {
        jdbc.sql("update bundle_case_member set state = ?, note = ? where bundle_case_id = ? and position = ?")
                .params(state, note, bundleCaseId, position).update();
    }

    /** How a bundle's paper results go: WINDOW, or MAIL with its address. */
    public record Delivery(String method, String address) {
    }

    Delivery delivery(UUID id) {
        return jdbc.sql("select delivery_choice, mail_address from bundle_case where id = ?").param(id)
                .query((rs, n) -> new Delivery(rs.getString(1), rs.getString(2))).single();
    }

    void chooseDelivery(UUID id, String method, String address) {
        jdbc.sql("update bundle_case set delivery_choice = ?, mail_address = ? where id = ?").params(method, address, id).update();
    }

    void submitted(UUID id) {
        jdbc.sql("update bundle_case set status = 'SUBMITTED', submitted_at = now() where id = ? and status = 'DRAFT'")
                .param(id).update();
    }

    /** True only for the call that finished it (the joint notice goes once). */
    boolean finished(UUID id) {
        return jdbc.sql("update bundle_case set status = 'FINISHED', finished_at = now() where id = ? and status = 'SUBMITTED'")
                .param(id).update() == 1;
    }

    private static BundleCase bundleCase(ResultSet rs, int n) throws SQLException {
        return new BundleCase(rs.getObject("id", UUID.class), rs.getObject("definition_id", UUID.class),
                rs.getString("applicant_kind"), rs.getObject("applicant_id", UUID.class),
                rs.getObject("account_id", UUID.class), rs.getString("status"), instant(rs, "created_at"),
                instant(rs, "submitted_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
