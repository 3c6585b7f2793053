package io.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every route × every kind of account, compared with {@code authorization-matrix.csv} in the test resources: a
 * route that becomes reachable by a role it was not before (or is added without being reviewed) fails the suite.
 * {@code +} means the request got past access control (whatever it then answered: 200, 400, 404 …), {@code -}
 * that it was refused (401, 403, or sent to the login page). The table the platform actually has is written to
 * {@code target/authorization-matrix.actual.csv}; after a reviewed change, copy it over the resource.
 */
@IntegrationTest
@Order(Integer.MAX_VALUE - 2)
class AuthorizationMatrixIntegrationTests {

    /** Column order of the table: a stranger, then one demo account per role. */
    static final List<String> ACCOUNTS = List.of("anonymous", "zhangsan", "qiye", "clerk", "approver", "deptadmin",
            "zwadmin", "hotline", "inspector", "supervisor", "admin");

    /** A path variable that matches no real row: access is decided before anything is looked up. */
    static final String NOBODY = "00000000-0000-0000-0000-000000000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteAnswersEveryAccountAsTheReviewedTableSays() throws Exception {
        Map<String, MockHttpSession> sessions = sessions(mvc);
        Map<String, String> actual = new LinkedHashMap<>();
        for (Routes.Route route : Routes.of(context)) {
            StringBuilder row = new StringBuilder();
            for (String account : ACCOUNTS) {
                row.append(',').append(allowed(mvc, route, sessions.get(account)) ? '+' : '-');
            }
            actual.put(route.key(), row.substring(1));
        }
        StringBuilder table = new StringBuilder("route," + String.join(",", ACCOUNTS) + "\n");
        actual.forEach((route, row) -> table.append(route).append(',').append(row).append('\n'));
        Path out = Path.of("target/authorization-matrix.actual.csv");
        Files.writeString(out, table);

        Map<String, String> expected = expected();
        List<String> drift = new ArrayList<>();
        actual.forEach((route, row) -> {
            if (!expected.containsKey(route)) {
                drift.add("new route, not in the table: " + route + " " + row);
            } else if (!expected.get(route).equals(row)) {
                drift.add("changed: " + route + " expected " + expected.get(route) + " but is " + row);
            }
        });
        expected.keySet().stream().filter(r -> !actual.containsKey(r)).forEach(r -> drift.add("route gone: " + r));
        assertThat(drift).as("authorisation drift (columns " + ACCOUNTS + "; actual table in " + out + ")").isEmpty();
        assertThat(actual).hasSizeGreaterThan(150);
    }

    static Map<String, MockHttpSession> sessions(MockMvc mvc) throws Exception {
        Map<String, MockHttpSession> sessions = new LinkedHashMap<>();
        for (String account : ACCOUNTS) {
            sessions.put(account, account.equals("anonymous") ? new MockHttpSession() : DemoLogins.session(mvc, account));
        }
        return sessions;
    }

    /** Whether {@code session} gets past access control on {@code route}. */
    static boolean allowed(MockMvc mvc, Routes.Route route, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(route.method()), route.path(NOBODY))
                .session(session).with(csrf())).andReturn().getResponse();
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        return status != 401 && status != 403 && !(location != null && location.contains("/login"));
    }

    private static Map<String, String> expected() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixIntegrationTests.class.getResourceAsStream("/authorization-matrix.csv")) {
            if (in == null) {
                return rows;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("route,") || line.startsWith("#")) {
                    continue;
                }
                int comma = line.indexOf(',');
                rows.put(line.substring(0, comma), line.substring(comma + 1).strip());
            }
        }
        return rows;
    }
}
