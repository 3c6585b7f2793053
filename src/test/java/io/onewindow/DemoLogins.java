package io.onewindow;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs a demo account in through the login form and hands back its session, for MockMvc tests. */
public final class DemoLogins {

    public static final String PASSWORD = "Leshan2023";

    private DemoLogins() {
    }

    public static MockHttpSession session(MockMvc mvc, String username) throws Exception {
        return session(mvc, username, PASSWORD);
    }

    public static MockHttpSession session(MockMvc mvc, String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn().getRequest().getSession(false);
    }
}
