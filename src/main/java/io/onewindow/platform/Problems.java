package io.onewindow.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem details with the platform's stable {@code code} property and a Chinese {@code detail}. */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static ProblemDetail of(ErrorCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
        problem.setTitle(code.title());
        problem.setType(URI.create("urn:onewindow:problem:" + code.code().toLowerCase().replace('_', '-')));
        problem.setProperty("code", code.code());
        return problem;
    }

    /** Writes a problem outside Spring MVC, e.g. from a security filter answering 401/403 for the API. */
    public static void write(HttpServletResponse response, ErrorCode code, String detail) throws IOException {
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // ProblemDetail's own JSON shape (properties flattened) needs Spring's mixin; write the members directly
        ProblemDetail problem = of(code, detail);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("code", code.code());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
