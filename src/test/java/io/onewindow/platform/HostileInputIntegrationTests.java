package io.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.onewindow.IntegrationTest;
import io.onewindow.Routes;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

/**
 * Throws a corpus of hostile values at every route (read from Spring MVC's mapping table, so new routes join by
 * themselves), as the first account that may use it: in the path, in every declared parameter, in every field of a
 * JSON body (plus nulls and wrong types), in multipart uploads. No answer may be a 5xx, and the plainly bad values
 * (NUL, control characters, broken surrogates, 1 MB, NaN) may store nothing.
 */
@IntegrationTest
@Order(Integer.MAX_VALUE - 1)
class HostileInputIntegrationTests {

    /** Refused outright wherever they appear: nothing may be stored because of them. */
    static final List<String> BAD = List.of("a\u0000b", "\u0007bell", "x\uD800y", "9".repeat(1_048_576), "NaN",
            "Infinity", "-Infinity");
    /** Odd but possibly legitimate: they must never cause a 5xx. */
    static final List<String> ODD = List.of("", " ", "null", "-1", "0", "2147483647", "2147483648",
            "99999999999999999999999", "2023-02-30", "2026-13-01", "😀🏠", "\u202Eabc", "<script>alert(1)</script>",
            "' or 1=1 --", "../../etc/passwd", "%00", "１２３", "true", "[]", "{}");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noRouteAnswersHostileInputWithA5xxAndBadInputStoresNothing() throws Exception {
        Map<String, MockHttpSession> sessions = AuthorizationMatrixIntegrationTests.sessions(mvc);
        List<Routes.Route> routes = Routes.of(context);
        // who attacks each route: the first account that gets past access control (probing may itself store rows)
        Map<Routes.Route, MockHttpSession> attacker = new LinkedHashMap<>();
        for (Routes.Route route : routes) {
            MockHttpSession session = firstAllowed(route, sessions);
            if (session != null) {
                attacker.put(route, session);
            }
        }
        List<String> failures = new ArrayList<>();
        Map<String, Long> before = rowCounts();
        int requests = 0;
        for (var entry : attacker.entrySet()) {
            for (String value : BAD) {
                requests += attack(entry.getKey(), entry.getValue(), value, failures);
            }
        }
        Map<String, Long> after = rowCounts();
        for (var entry : attacker.entrySet()) {
            for (String value : ODD) {
                requests += attack(entry.getKey(), entry.getValue(), value, failures);
            }
        }
        org.slf4j.LoggerFactory.getLogger(HostileInputIntegrationTests.class).info(
                "Hostile input: {} requests over {} routes ({} attacked), {} values; {} 5xx", requests, routes.size(),
                attacker.size(), BAD.size() + ODD.size(), failures.size());
        assertThat(failures).as("5xx answers to hostile input (" + requests + " requests over " + routes.size()
                + " routes)").isEmpty();
        assertThat(after).as("rows stored by plainly bad input").isEqualTo(before);
        assertThat(requests).isGreaterThan(3000);
    }

    private MockHttpSession firstAllowed(Routes.Route route, Map<String, MockHttpSession> sessions) throws Exception {
        for (MockHttpSession s : sessions.values()) {
            if (AuthorizationMatrixIntegrationTests.allowed(mvc, route, s)) {
                return s;
            }
        }
        return null;
    }

    /** Sends {@code value} in every place the route reads input; returns the number of requests. */
    private int attack(Routes.Route route, MockHttpSession session, String value, List<String> failures) throws Exception {
        List<AbstractMockHttpServletRequestBuilder<?>> variants = new ArrayList<>();
        String pathValue = value.length() > 1000 ? value.substring(0, 1000) : value;
        URI uri = URI.create(route.path(UriUtils.encodePathSegment(pathValue.isEmpty() ? "x" : pathValue, "UTF-8")));
        boolean multipart = route.parameters().stream().anyMatch(p -> isFile(p));
        Parameter body = route.parameters().stream().filter(p -> p.isAnnotationPresent(RequestBody.class)).findFirst()
                .orElse(null);
        AbstractMockHttpServletRequestBuilder<?> base = multipart
                ? multipart(HttpMethod.valueOf(route.method()), uri)
                        .file(new MockMultipartFile(fileName(route), "x.pdf", "application/pdf", value.getBytes()))
                : request(HttpMethod.valueOf(route.method()), uri);
        params(route, value).forEach(base::param);
        variants.add(base);
        if (body != null) {
            for (String json : bodies(body, value)) {
                AbstractMockHttpServletRequestBuilder<?> b = request(HttpMethod.valueOf(route.method()), uri)
                        .contentType(MediaType.APPLICATION_JSON).content(json);
                params(route, value).forEach(b::param);
                variants.add(b);
            }
        }
        if (multipart) {
            // the same form without any file part
            AbstractMockHttpServletRequestBuilder<?> none = multipart(HttpMethod.valueOf(route.method()), uri);
            params(route, value).forEach(none::param);
            variants.add(none);
        }
        for (AbstractMockHttpServletRequestBuilder<?> v : variants) {
            try {
                int status = mvc.perform(v.session(session).with(csrf())).andReturn().getResponse().getStatus();
                if (status >= 500) {
                    failures.add(route.key() + " with " + shown(value) + " → " + status);
                }
            } catch (Exception e) {
                // MockMvc rethrows what the container would have answered with a 500
                failures.add(route.key() + " with " + shown(value) + " → " + NestedExceptionUtils.getMostSpecificCause(e));
            }
        }
        return variants.size();
    }

    /** Every declared request parameter, and the usual ones, set to {@code value}. */
    private static Map<String, String> params(Routes.Route route, String value) {
        Map<String, String> params = new TreeMap<>();
        for (Parameter p : route.parameters()) {
            RequestParam rp = p.getAnnotation(RequestParam.class);
            if (rp != null && !isFile(p)) {
                String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getName();
                params.put(Map.class.isAssignableFrom(p.getType()) ? "field" : name, value);
            } else if (p.getType().isRecord() && !p.isAnnotationPresent(RequestBody.class)) {
                for (RecordComponent c : p.getType().getRecordComponents()) {
                    params.put(c.getName(), value);
                }
            }
        }
        for (String usual : List.of("q", "page", "size", "action", "idempotencyKey")) {
            params.putIfAbsent(usual, value);
        }
        return params;
    }

    /** JSON bodies: every field the value, every field null, wrong types, a null map entry, plain junk. */
    private static List<String> bodies(Parameter body, String value) {
        String text = json(value);
        List<String> bodies = new ArrayList<>(List.of("null", "[]", "{", "\"" + text + "\""));
        if (body.getType().isRecord()) {
            Map<String, String> asText = new LinkedHashMap<>();
            Map<String, String> asNull = new LinkedHashMap<>();
            Map<String, String> asWrong = new LinkedHashMap<>();
            for (RecordComponent c : body.getType().getRecordComponents()) {
                boolean map = Map.class.isAssignableFrom(c.getType());
                asText.put(c.getName(), map ? "{\"k\":\"" + text + "\"}" : List.class.isAssignableFrom(c.getType())
                        ? "[\"" + text + "\"]" : "\"" + text + "\"");
                asNull.put(c.getName(), map ? "{\"k\":null}" : "null");
                asWrong.put(c.getName(), map ? "[1]" : "{\"x\":[1e999]}");
            }
            bodies.add(object(asText));
            bodies.add(object(asNull));
            bodies.add(object(asWrong));
        }
        return bodies;
    }

    private static String object(Map<String, String> members) {
        StringBuilder s = new StringBuilder("{");
        members.forEach((k, v) -> s.append(s.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return s.append('}').toString();
    }

    private static String json(String value) {
        StringBuilder s = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static boolean isFile(Parameter p) {
        return MultipartFile.class.isAssignableFrom(p.getType())
                || List.class.isAssignableFrom(p.getType()) && p.getParameterizedType().getTypeName().contains("MultipartFile");
    }

    private static String fileName(Routes.Route route) {
        return route.parameters().stream().filter(HostileInputIntegrationTests::isFile).findFirst()
                .map(p -> {
                    RequestParam rp = p.getAnnotation(RequestParam.class);
                    return rp != null && !rp.name().isEmpty() ? rp.name() : rp != null && !rp.value().isEmpty()
                            ? rp.value() : p.getName();
                }).orElse("file");
    }

    /** Row counts of the tables people's input ends up in (background matching and the engine's history aside). */
    private Map<String, Long> rowCounts() {
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables where table_schema = 'app' and table_type = 'BASE TABLE'
                  and table_name not like 'act\\_%' and table_name not like 'flw\\_%' and table_name not like 'policy\\_%'
                  and table_name not in ('event_publication', 'flyway_schema_history') order by table_name""")
                .query(String.class).list();
        Map<String, Long> counts = new TreeMap<>();
        for (String t : tables) {
            counts.put(t, jdbc.sql("select count(*) from app." + t).query(Long.class).single());
        }
        return counts;
    }

    private static String shown(String value) {
        return value.length() > 20 ? "«" + value.length() + " characters»" : "«" + value.replace("\u0000", "\\0") + "»";
    }
}
