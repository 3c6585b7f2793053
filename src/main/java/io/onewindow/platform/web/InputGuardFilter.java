package io.onewindow.platform.web;

import io.onewindow.platform.PlatformErrorCode;
import io.onewindow.platform.TextRules;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One guard for all text that reaches the platform, before security and before any business code: the path,
 * every query and form parameter and every string of a JSON body. Control characters, unpaired surrogates,
 * over-long values, NaN/Infinity in JSON and unbounded paging (numbers in parameters: {@link FiniteNumbers}) are answered with a 400 and a Chinese reason (through
 * {@link PlatformErrorController}, so the API gets problem+json and pages the error page); nothing is stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class InputGuardFilter extends OncePerRequestFilter {

    /** Paging parameters and their largest sensible value. */
    private static final Map<String, Integer> PAGING = Map.of("page", 100_000, "size", 1_000, "limit", 1_000,
            "offset", 10_000_000);

    private final int maxParameterLength;
    private final int maxJsonBytes;
    private final DataSize maxFileSize;
    private final DataSize maxRequestSize;

    InputGuardFilter(@Value("${onewindow.input.max-parameter-length:65536}") int maxParameterLength,
            @Value("${onewindow.input.max-json-bytes:2097152}") int maxJsonBytes,
            @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize maxRequestSize) {
        this.maxParameterLength = maxParameterLength;
        this.maxJsonBytes = maxJsonBytes;
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request) && !partsWithinLimits(request, response)) {
            return;
        }
        Optional<String> problem = textProblem(request);
        if (problem.isPresent()) {
            PlatformErrorController.fail(request, response, PlatformErrorCode.INPUT_REJECTED, problem.get());
            return;
        }
        if (isJson(request)) {
            byte[] body = request.getInputStream().readNBytes(maxJsonBytes + 1);
            if (body.length > maxJsonBytes) {
                PlatformErrorController.fail(request, response, PlatformErrorCode.PAYLOAD_TOO_LARGE,
                        "请求内容过大（JSON 不能超过 " + maxJsonBytes / 1024 + " KB）");
                return;
            }
            Optional<String> jsonProblem = decode(body).map(json -> JsonTextScanner.problem(json, maxParameterLength))
                    .orElse(Optional.of("请求内容不是有效的 UTF-8 文本"));
            if (jsonProblem.isPresent()) {
                PlatformErrorController.fail(request, response, PlatformErrorCode.INPUT_REJECTED, jsonProblem.get());
                return;
            }
            request = new CachedBody(request, body);
        }
        chain.doFilter(request, response);
    }

    /**
     * An upload over the limits, found here and answered 413: left to itself, Tomcat drops the parameters of such a
     * request silently, the CSRF check then misses its token, and the person sees 无权访问 instead of the reason.
     */
    private boolean partsWithinLimits(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tooLarge = "上传内容过大：单个文件不能超过 " + maxFileSize.toMegabytes() + "MB，一次提交不能超过 "
                + maxRequestSize.toMegabytes() + "MB。";
        if (request.getContentLengthLong() > maxRequestSize.toBytes()) {
            PlatformErrorController.fail(request, response, PlatformErrorCode.PAYLOAD_TOO_LARGE, tooLarge);
            return false;
        }
        try {
            request.getParts();
            return true;
        } catch (IllegalStateException e) {
            PlatformErrorController.fail(request, response, PlatformErrorCode.PAYLOAD_TOO_LARGE, tooLarge);
        } catch (ServletException | IOException e) {
            PlatformErrorController.fail(request, response, PlatformErrorCode.BAD_REQUEST,
                    "上传内容不完整或格式不正确，请重新选择文件后提交。");
        }
        return false;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    private Optional<String> textProblem(HttpServletRequest request) {
        return pathProblem(request).or(() -> parameterProblem(request));
    }

    private Optional<String> pathProblem(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return TextRules.problem("访问地址", path, 2_000);
    }

    private Optional<String> parameterProblem(HttpServletRequest request) {
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            String name = p.getKey();
            Optional<String> problem = TextRules.problem("参数名", name, 200);
            for (String value : p.getValue()) {
                problem = problem.or(() -> TextRules.problem("参数 " + name + " ", value, maxParameterLength))
                        .or(() -> pagingProblem(name, value));
            }
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> pagingProblem(String name, String value) {
        Integer max = PAGING.get(name);
        if (max == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            long n = Long.parseLong(value.strip());
            return n < 0 || n > max ? Optional.of("参数 " + name + " 应在 0 到 " + max + " 之间") : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("参数 " + name + " 须为整数");
        }
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().contains("json");
    }

    private static Optional<String> decode(byte[] body) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The request with its already-read body served again to Spring's message converters. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The whole body is already in memory: it is available at once, and then all read. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
