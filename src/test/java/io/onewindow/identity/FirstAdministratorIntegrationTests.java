package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.identity.internal.FirstAdministrator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Day one on a real database: the first administrator is created from the environment with a one-time password,
 * only while no administrator exists, and whoever signs in with a password someone else set reaches nothing but
 * 修改密码 until they change it — with a Chinese reason for every refused new password.
 */
@IntegrationTest
class FirstAdministratorIntegrationTests {

    @Autowired
    FirstAdministrator first;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    @Autowired
    io.onewindow.audit.AuditLog auditLog;

    @Test
    void onlyADatabaseWithoutAnAdministratorGetsOneAndOnlyOnce() {
        assertThat(first.ensure("firstadmin")).as("the demo database has its administrator").isEmpty();
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("""
                    update identity_account set enabled = false where id in
                    (select account_id from identity_account_role where role = 'SYS_ADMIN')""").update();
            String password = first.ensure("firstadmin").orElseThrow();
            assertThat(password).hasSizeGreaterThanOrEqualTo(16).matches(".*[0-9].*").matches(".*[a-zA-Z].*");
            assertThat(jdbc.sql("""
                    select a.must_change_password from identity_account a join identity_account_role r on r.account_id = a.id
                    where a.username = 'firstadmin' and r.role = 'SYS_ADMIN'""").query(Boolean.class).single()).isTrue();
            // entries reach the chain at commit; reading the log in the transaction appends them first
            assertThat(auditLog.latest("identity.account", null, 5)).anySatisfy(e -> assertThat(e.action())
                    .isEqualTo("BOOTSTRAP_ADMIN_CREATED"));
            assertThat(first.ensure("secondadmin")).as("never again once an administrator exists").isEmpty();
            tx.setRollbackOnly();
        });
    }

    @Test
    void aPasswordSomeoneElseSetMustBeChangedBeforeAnythingElse() throws Exception {
        String hash = jdbc.sql("select password_hash from identity_account where username = 'supervisor'").query(String.class).single();
        jdbc.sql("update identity_account set must_change_password = true where username = 'supervisor'").update();
        try {
            MockHttpSession session = DemoLogins.session(mvc, "supervisor");
            mvc.perform(get("/supervision/cases").session(session)).andExpect(redirectedUrl("/account/password"));
            mvc.perform(get("/workspace").session(session)).andExpect(redirectedUrl("/account/password"));
            mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

            change(session, "wrong-one1", "NewPass2026x", "NewPass2026x", "当前密码不正确");
            change(session, DemoLogins.PASSWORD, "short1", "short1", "8–64");
            change(session, DemoLogins.PASSWORD, "onlyletters", "onlyletters", "字母和数字");
            change(session, DemoLogins.PASSWORD, "NewPass2026x", "NewPass2026y", "不一致");
            change(session, DemoLogins.PASSWORD, "supervisor2026", "supervisor2026", "用户名");
            mvc.perform(get("/supervision/cases").session(session)).andExpect(redirectedUrl("/account/password"));

            mvc.perform(post("/account/password").session(session).with(csrf()).param("current", DemoLogins.PASSWORD)
                    .param("next", "NewPass2026x").param("repeated", "NewPass2026x"))
                    .andExpect(redirectedUrl("/workspace")).andExpect(flash().attribute("message", "密码已修改"));
            mvc.perform(get("/supervision/cases").session(session)).andExpect(status().isOk());
            assertThat(jdbc.sql("select must_change_password from identity_account where username = 'supervisor'")
                    .query(Boolean.class).single()).isFalse();
            mvc.perform(get("/supervision/cases").session(DemoLogins.session(mvc, "supervisor", "NewPass2026x")))
                    .andExpect(status().isOk());
            assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PASSWORD_CHANGED'").query(Long.class).single())
                    .isGreaterThanOrEqualTo(1);
        } finally {
            jdbc.sql("update identity_account set password_hash = ?, must_change_password = false where username = 'supervisor'")
                    .param(hash).update();
        }
    }

    private void change(MockHttpSession session, String current, String next, String repeated, String reason) throws Exception {
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", current).param("next", next)
                .param("repeated", repeated)).andExpect(redirectedUrl("/account/password"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString(reason)));
    }
}
