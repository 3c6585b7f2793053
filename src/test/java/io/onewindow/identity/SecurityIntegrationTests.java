package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class SecurityIntegrationTests {

    private static final String DEMO_PASSWORD = "Leshan2023";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts staffAccounts;

    @Autowired
    JdbcClient jdbc;

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/organization", "/admin/accounts", "/admin/calendar", "/admin/audit",
        "/admin/calendar/notices/new", "/workspace/admin", "/workspace/clerk"})
    void anApplicantCannotOpenAdminPages(String page) throws Exception {
        MockHttpSession applicant = login("zhangsan");
        mvc.perform(get(page).session(applicant)).andExpect(status().isForbidden());
    }

    @Test
    void anApplicantCannotCallAdminApis() throws Exception {
        MockHttpSession applicant = login("zhangsan");
        mvc.perform(get("/api/v1/audit/verification").session(applicant))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void anonymousVisitorsAreSentToLoginAndApiCallersGet401() throws Exception {
        mvc.perform(get("/admin/accounts")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/audit/entries")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void loginReturnsToThePageThatAskedForIt() throws Exception {
        String item = jdbc.sql("select code from catalog_current where guide->>'name' = '社会保障卡申领'").query(String.class).single();
        MockHttpSession visitor = new MockHttpSession();
        mvc.perform(get("/apply/" + item).session(visitor)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").param("username", "zhangsan").param("password", DEMO_PASSWORD).session(visitor).with(csrf()))
                .andExpect(authenticated()).andExpect(redirectedUrl("http://localhost/apply/" + item + "?continue"));
        // a login without a page waiting for it still lands on the workspace, and an unsafe POST is never replayed
        mvc.perform(formLogin("/login").user("zhangsan").password(DEMO_PASSWORD)).andExpect(redirectedUrl("/workspace"));
        MockHttpSession poster = new MockHttpSession();
        mvc.perform(post("/apply/" + item).session(poster).with(csrf())).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").param("username", "zhangsan").param("password", DEMO_PASSWORD).session(poster).with(csrf()))
                .andExpect(redirectedUrl("/workspace"));
    }

    @Test
    void anAdminCanOpenEveryAdminPage() throws Exception {
        MockHttpSession admin = login("admin");
        for (String page : new String[] {"/admin/organization", "/admin/organization?region=LSGXQ", "/admin/accounts",
            "/admin/calendar", "/admin/calendar/notices/2026", "/admin/audit", "/admin/organization/halls/511100-ZWFW",
            "/workspace/admin"}) {
            mvc.perform(get(page).session(admin)).andExpect(status().isOk());
        }
    }

    @Test
    void eachRoleLandsOnItsOwnWorkspace() throws Exception {
        mvc.perform(get("/workspace").session(login("clerk"))).andExpect(redirectedUrl("/workspace/clerk"));
        mvc.perform(get("/workspace").session(login("zhangsan"))).andExpect(redirectedUrl("/workspace/applicant"));
        mvc.perform(get("/workspace").session(login("deptadmin"))).andExpect(redirectedUrl("/workspace/approver"));
        mvc.perform(get("/workspace/dept-admin").session(login("deptadmin"))).andExpect(status().isOk());
    }

    @Test
    void aWrongPasswordSaysTheSameAsAnUnknownAccount() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("wrong-password1"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("no-such-user").password("wrong-password1"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        staffAccounts.create(new NewStaff("lockout.test", "Correct123", "锁定测试", "511100-ZWJ", null,
                Set.of(Role.WINDOW_CLERK)));
        assertThat(jdbc.sql("select must_change_password from identity_account where username = 'lockout.test'")
                .query(Boolean.class).single()).as("a password an administrator chose is changed at the first sign-in").isTrue();
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("lockout.test").password("Wrong123")).andExpect(unauthenticated());
        }
        // four failures: the right password still works, and resets the count
        mvc.perform(formLogin("/login").user("lockout.test").password("Correct123")).andExpect(authenticated());
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("lockout.test").password("Wrong123")).andExpect(unauthenticated());
        }
        // locked: even the right password is refused, with the same message as any failure
        mvc.perform(formLogin("/login").user("lockout.test").password("Correct123"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        Long minutes = jdbc.sql("""
                select round(extract(epoch from locked_until - now()) / 60)::bigint
                from identity_account where username = 'lockout.test'""").query(Long.class).single();
        assertThat(minutes).isBetween(14L, 15L);
        // after the lock expires the right password works again
        jdbc.sql("update identity_account set locked_until = now() - interval '1 second' where username = 'lockout.test'")
                .update();
        mvc.perform(formLogin("/login").user("lockout.test").password("Correct123")).andExpect(authenticated());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCOUNT_LOCKED'").query(Long.class).single())
                .isPositive();
    }

    @Test
    void theApiIsDocumentedPublicly() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("OneWindow 乐山市一网通办 API"))
                .andExpect(jsonPath("$.paths['/api/v1/calendar/working-days/add']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/identifiers/uscc/{code}']").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void postsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/register/citizen").param("name", "测试")).andExpect(status().isForbidden());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void metricsNeedAnAdministratorButHealthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("clerk", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", DEMO_PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void staffAdministrationIsAuditedAndRefusesApplicantRole() throws Exception {
        MockHttpSession admin = login("admin");
        mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", "new.clerk").param("password", "Passw0rd1").param("displayName", "新窗口")
                        .param("hallId", "511102-ZWFW").param("roles", "WINDOW_CLERK"))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(staffAccounts.exists("new.clerk")).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'STAFF_ACCOUNT_CREATED' and actor = 'admin'")
                .query(Long.class).single()).isPositive();

        mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", "bad.staff").param("password", "Passw0rd1").param("displayName", "x")
                        .param("hallId", "511102-ZWFW").param("roles", "APPLICANT"))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(staffAccounts.exists("bad.staff")).isFalse();
    }
}
