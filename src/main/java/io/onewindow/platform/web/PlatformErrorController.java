package io.onewindow.platform.web;

import io.onewindow.platform.ErrorCode;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import io.onewindow.platform.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every failure the platform answers ends here ({@code /error}), whoever noticed it: a filter, Spring MVC, Spring
 * Security's firewall or an exception nobody caught. The API gets RFC 9457 problem+json with a stable {@code code},
 * Open311 clients get the GeoReport error list, people get the Chinese error page. Never an English message,
 * never a stack trace.
 */
@Controller
@PreAuthorize("permitAll()")
class PlatformErrorController implements ErrorController {

    static final String CODE = PlatformErrorController.class.getName() + ".code";
    static final String DETAIL = PlatformErrorController.class.getName() + ".detail";

    private static final Logger log = LoggerFactory.getLogger(PlatformErrorController.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Answers the request with {@code code} and {@code detail}, in the shape its path calls for: machine clients
     * get their body written at once, pages are sent to the error page by the container.
     */
    static void fail(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String detail)
            throws IOException {
        if (!writeForMachines(request, request.getRequestURI(), response, code, detail)) {
            request.setAttribute(CODE, code);
            request.setAttribute(DETAIL, detail);
            response.sendError(code.status().value());
        }
    }

    /** For exception handlers: {@code null} once a machine client's answer is written, else the error page. */
    static ModelAndView answer(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String detail)
            throws IOException {
        if (writeForMachines(request, request.getRequestURI(), response, code, detail)) {
            return null;
        }
        return page(code, detail);
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Failure failure = Failure.of(request);
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String s
                ? s : request.getRequestURI();
        if (response.isCommitted() || writeForMachines(request, uri, response, failure.code(), failure.detail())) {
            return null;
        }
        return page(failure.code(), failure.detail());
    }

    /** Writes problem+json under /api (and the OpenAPI and actuator paths), Open311's error list under /open311. */
    private static boolean writeForMachines(HttpServletRequest request, String uri, HttpServletResponse response,
            ErrorCode code, String detail) throws IOException {
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (path.startsWith("/open311/")) {
            // GeoReport v2's error format, in the format the path asked for (XML is the spec's default)
            response.setStatus(code.status().value());
            response.setCharacterEncoding("UTF-8");
            if (path.endsWith(".xml")) {
                response.setContentType("text/xml");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>"
                        + code.status().value() + "</code><description>" + org.springframework.web.util.HtmlUtils.htmlEscape(detail)
                        + "</description></error></errors>");
            } else {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getWriter().write(JSON.writeValueAsString(
                        List.of(Map.of("code", code.status().value(), "description", detail))));
            }
            return true;
        }
        if (path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/actuator/")) {
            Problems.write(response, code, detail);
            return true;
        }
        return false;
    }

    private static ModelAndView page(ErrorCode code, String detail) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(code.status());
        page.addObject("status", code.status().value());
        page.addObject("title", code.title());
        page.addObject("detail", detail);
        return page;
    }

    /** What went wrong, read from the request attributes the container and the platform set. */
    private record Failure(ErrorCode code, String detail) {

        int status() {
            return code.status().value();
        }

        static Failure of(HttpServletRequest request) {
            if (request.getAttribute(CODE) instanceof ErrorCode code) {
                return new Failure(code, String.valueOf(request.getAttribute(DETAIL)));
            }
            Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (thrown instanceof OneWindowException e) {
                return new Failure(e.errorCode(), e.detail());
            }
            int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s ? s : 500;
            if (status >= 500) {
                log.error("Request {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                        thrown instanceof Throwable t ? t : null);
            }
            return byStatus(status);
        }

        private static Failure byStatus(int status) {
            return switch (status) {
                case 400 -> new Failure(PlatformErrorCode.BAD_REQUEST, "请求格式不正确，请检查填写的内容后重试。");
                case 401 -> new Failure(PlatformErrorCode.UNAUTHENTICATED, "请先登录。");
                case 403 -> new Failure(PlatformErrorCode.FORBIDDEN, "您的账号没有权限访问此页面或执行此操作。");
                case 404 -> new Failure(PlatformErrorCode.NOT_FOUND, "您访问的页面或资源不存在，请检查地址。");
                case 405 -> new Failure(PlatformErrorCode.METHOD_NOT_ALLOWED, "此地址不支持这种请求方式。");
                case 406 -> new Failure(PlatformErrorCode.NOT_ACCEPTABLE, "无法以所要求的格式提供此内容。");
                case 413 -> new Failure(PlatformErrorCode.PAYLOAD_TOO_LARGE,
                        "上传内容过大：单个文件不能超过 20MB，一次提交不能超过 25MB。");
                case 415 -> new Failure(PlatformErrorCode.UNSUPPORTED_MEDIA_TYPE, "不支持此内容类型。");
                case 429 -> new Failure(PlatformErrorCode.TOO_MANY_REQUESTS, "尝试次数过多，请稍后再试。");
                default -> status >= 400 && status < 500
                        ? new Failure(PlatformErrorCode.BAD_REQUEST, "请求未能完成（状态码 " + status + "）。")
                        : new Failure(PlatformErrorCode.INTERNAL, "系统暂时无法完成请求，请稍后再试。如多次出现，请拨打 12345 反映。");
            };
        }
    }
}
