package io.onewindow.platform.web;

import io.onewindow.platform.ErrorCode;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Spring MVC's own failures (no such page, wrong method, missing part, upload too large, unreadable input) for
 * every handler, pages and API alike, said in Chinese. The answer is written by {@link PlatformErrorController} in
 * the shape the path calls for. Module-specific errors are mapped closer to their controllers first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FrameworkErrorAdvice {

    // NoHandlerFoundException: no controller and no static mapping (only /css, /js and /webjars are static)
    @ExceptionHandler({NoResourceFoundException.class, org.springframework.web.servlet.NoHandlerFoundException.class})
    ModelAndView notFound(HttpServletRequest req, HttpServletResponse res) throws IOException {
        return fail(req, res, PlatformErrorCode.NOT_FOUND, "您访问的页面或资源不存在，请检查地址。");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(HttpRequestMethodNotSupportedException e, HttpServletRequest req, HttpServletResponse res)
            throws IOException {
        if (e.getSupportedHttpMethods() != null) {
            res.setHeader("Allow", e.getSupportedHttpMethods().stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        return fail(req, res, PlatformErrorCode.METHOD_NOT_ALLOWED, "此地址不支持 " + e.getMethod() + " 请求。");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView mediaType(HttpServletRequest req, HttpServletResponse res) throws IOException {
        return fail(req, res, PlatformErrorCode.UNSUPPORTED_MEDIA_TYPE, "不支持此内容类型（Content-Type），请按接口文档提交。");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ModelAndView notAcceptable(HttpServletRequest req, HttpServletResponse res) throws IOException {
        return fail(req, res, PlatformErrorCode.NOT_ACCEPTABLE, "无法以所要求的格式（Accept）提供此内容。");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest req, HttpServletResponse res) throws IOException {
        return fail(req, res, PlatformErrorCode.PAYLOAD_TOO_LARGE, "上传内容过大：单个文件不能超过 20MB，一次提交不能超过 25MB。");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ModelAndView missingPart(MissingServletRequestPartException e, HttpServletRequest req, HttpServletResponse res)
            throws IOException {
        return fail(req, res, PlatformErrorCode.BAD_REQUEST, "请选择要上传的文件（" + e.getRequestPartName() + "）。");
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView multipart(HttpServletRequest req, HttpServletResponse res) throws IOException {
        return fail(req, res, PlatformErrorCode.BAD_REQUEST, "上传内容不完整或格式不正确，请重新选择文件后提交。");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest req, HttpServletResponse res)
            throws IOException {
        return fail(req, res, PlatformErrorCode.BAD_REQUEST, "缺少必填参数 " + e.getParameterName() + "。");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest req, HttpServletResponse res)
            throws IOException {
        return fail(req, res, PlatformErrorCode.BAD_REQUEST, mismatch(e));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, ServletRequestBindingException.class})
    ModelAndView unreadable(HttpServletRequest req, HttpServletResponse res) throws IOException {
        return fail(req, res, PlatformErrorCode.BAD_REQUEST, "请求内容格式不正确，或缺少必填内容。");
    }

    @ExceptionHandler({BindException.class, HandlerMethodValidationException.class})
    ModelAndView invalid(Exception e, HttpServletRequest req, HttpServletResponse res) throws IOException {
        String detail = e instanceof BindException b ? b.getFieldErrors().stream()
                .map(f -> f.getField() + "：" + (f.isBindingFailure() ? "格式不正确" : f.getDefaultMessage()))
                .collect(Collectors.joining("；")) : "填写的内容不符合要求。";
        return fail(req, res, PlatformErrorCode.VALIDATION_FAILED, detail);
    }

    /** The Chinese reason for a parameter that could not be converted, the converter's own if it gave one. */
    static String mismatch(MethodArgumentTypeMismatchException e) {
        if (NestedExceptionUtils.getMostSpecificCause(e) instanceof OneWindowException reason) {
            return "参数 " + e.getName() + "：" + reason.detail();
        }
        String hint = e.getRequiredType() != null && e.getRequiredType().getSimpleName().equals("LocalDate")
                ? "，日期请按 2023-06-09 的格式填写（须是真实存在的日期）" : "";
        return "参数 " + e.getName() + " 的值格式不正确" + hint;
    }

    private static ModelAndView fail(HttpServletRequest req, HttpServletResponse res, ErrorCode code, String detail)
            throws IOException {
        return PlatformErrorController.answer(req, res, code, detail);
    }
}
