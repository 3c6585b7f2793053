package io.onewindow;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC) and travel in the {@code SESSION} cookie. MockMvc tests pass
 * sessions as {@code MockHttpSession} objects instead of cookies, so for MockMvc requests only this resolver also
 * carries the session id in that object: the tests still go through the real JDBC session store. Browser tests and
 * real HTTP use the cookie alone.
 */
@TestConfiguration(proxyBeanMethods = false)
class MockMvcSessionTransport {

    private static final String ID = MockMvcSessionTransport.class.getName() + ".id";

    @Bean
    HttpSessionIdResolver httpSessionIdResolver() {
        CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
        return new HttpSessionIdResolver() {
            @Override
            public List<String> resolveSessionIds(HttpServletRequest request) {
                List<String> ids = cookies.resolveSessionIds(request);
                if (!ids.isEmpty() || !(unwrapped(request) instanceof MockHttpServletRequest mock)) {
                    return ids;
                }
                HttpSession carrier = mock.getSession(false);
                Object id = carrier == null ? null : carrier.getAttribute(ID);
                return id == null ? List.of() : List.of((String) id);
            }

            @Override
            public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
                cookies.setSessionId(request, response, sessionId);
                if (unwrapped(request) instanceof MockHttpServletRequest mock) {
                    mock.getSession(true).setAttribute(ID, sessionId);
                }
            }

            @Override
            public void expireSession(HttpServletRequest request, HttpServletResponse response) {
                cookies.expireSession(request, response);
                if (unwrapped(request) instanceof MockHttpServletRequest mock && mock.getSession(false) != null) {
                    mock.getSession(false).removeAttribute(ID);
                }
            }
        };
    }

    private static ServletRequest unwrapped(ServletRequest request) {
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return request;
    }
}
