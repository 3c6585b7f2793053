package io.onewindow.identity.internal;

import io.onewindow.identity.AccountKind;
import io.onewindow.identity.Role;
import io.onewindow.identity.StaffAccounts.AccountSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything login needs, including the password hash. Never leaves this module. */
    record AccountRow(UUID id, String username, String passwordHash, String displayName, AccountKind kind,
            UUID citizenId, UUID enterpriseId, String departmentId, String hallId, int failedLogins,
            Instant lockedUntil, boolean enabled, Set<Role> roles, boolean mustChangePassword) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        AccountSummary summary(Instant now) {
            return new AccountSummary(id, username, displayName, kind, roles, departmentId, hallId, enabled, lockedAt(now));
        }
    }

    private static final String SELECT = """
            select a.*, coalesce(string_agg(r.role, ',' order by r.role), '') as roles
            from identity_account a left join identity_account_role r on r.account_id = a.id
            """;

    Optional<AccountRow> byUsername(String username) {
        return jdbc.sql(SELECT + " where a.username = ? group by a.id").param(username.toLowerCase())
                .query(AccountRepository::row).optional();
    }

    Optional<AccountRow> byId(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ? group by a.id").param(id).query(AccountRepository::row).optional();
    }

    List<AccountRow> search(String text, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
        return jdbc.sql(SELECT + """
                 where a.kind = 'STAFF' and (lower(a.username) like ? or a.display_name like ?)
                 group by a.id order by a.username limit ?""")
                .params(like, like, limit).query(AccountRepository::row).list();
    }

    List<UUID> withRole(String departmentId, Role role) {
        return jdbc.sql("""
                select a.id from identity_account a join identity_account_role r on r.account_id = a.id
                where a.department_id = ? and r.role = ? and a.enabled order by a.username""")
                .params(departmentId, role.name()).query(UUID.class).list();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from identity_account where username = ?").param(username.toLowerCase())
                .query(Integer.class).single() > 0;
    }

    void insert(UUID id, String username, String passwordHash, String displayName, AccountKind kind, UUID citizenId,
            UUID enterpriseId, String departmentId, String hallId, Set<Role> roles) {
        jdbc.sql("""
                insert into identity_account (id, username, password_hash, display_name, kind, citizen_id,
                    enterprise_id, department_id, hall_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, username.toLowerCase(), passwordHash, displayName, kind.name(), citizenId, enterpriseId,
                        departmentId, hallId)
                .update();
        replaceRoles(id, roles);
    }

    void replaceRoles(UUID id, Set<Role> roles) {
        jdbc.sql("delete from identity_account_role where account_id = ?").param(id).update();
        for (Role role : roles) {
            jdbc.sql("insert into identity_account_role (account_id, role) values (?, ?)").params(id, role.name()).update();
        }
    }

    void updateStaff(UUID id, String displayName, String departmentId, String hallId) {
        jdbc.sql("update identity_account set display_name = ?, department_id = ?, hall_id = ? where id = ?")
                .params(displayName, departmentId, hallId, id).update();
    }

    void requirePasswordChange(UUID id) {
        jdbc.sql("update identity_account set must_change_password = true where id = ?").param(id).update();
    }

    void changePassword(UUID id, String passwordHash) {
        jdbc.sql("update identity_account set password_hash = ?, must_change_password = false where id = ?")
                .params(passwordHash, id).update();
    }

    boolean anyEnabledAdministrator() {
        return jdbc.sql("""
                select count(*) from identity_account a join identity_account_role r on r.account_id = a.id
                where r.role = 'SYS_ADMIN' and a.enabled""").query(Integer.class).single() > 0;
    }

    void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("update identity_account set enabled = ? where id = ?").params(enabled, id).update();
    }

    /** Counts a failed login; locks the account when the count reaches {@code limit}. Returns true if it locked. */
    boolean recordFailure(String username, int limit, Instant lockUntil) {
        return jdbc.sql("""
                update identity_account
                set failed_logins = case when failed_logins + 1 >= :limit then 0 else failed_logins + 1 end,
                    locked_until = case when failed_logins + 1 >= :limit then :until else locked_until end
                where username = :username
                returning locked_until = :until""")
                .param("limit", limit).param("until", lockUntil.atOffset(ZoneOffset.UTC))
                .param("username", username.toLowerCase())
                .query(Boolean.class).optional().orElse(false);
    }

    void recordSuccess(String username, Instant at) {
        jdbc.sql("update identity_account set failed_logins = 0, locked_until = null, last_login_at = ? where username = ?")
                .params(at.atOffset(ZoneOffset.UTC), username.toLowerCase()).update();
    }

    void unlock(UUID id) {
        jdbc.sql("update identity_account set failed_logins = 0, locked_until = null where id = ?").param(id).update();
    }

    private static AccountRow row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        String roles = rs.getString("roles");
        Set<Role> roleSet = roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new AccountRow(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), AccountKind.valueOf(rs.getString("kind")),
                rs.getObject("citizen_id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("department_id"), rs.getString("hall_id"), rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(), rs.getBoolean("enabled"), roleSet,
                rs.getBoolean("must_change_password"));
    }
}
