package io.onewindow.platform.web;

import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import io.onewindow.platform.Problems;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Maps failures of JSON endpoints to RFC 9457 problem details: a stable {@code code} and a Chinese
 * {@code detail}. Access errors are left to Spring Security, which answers 401/403 in the same shape.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    @ExceptionHandler(OneWindowException.class)
    ResponseEntity<ProblemDetail> oneWindow(OneWindowException e) {
        return ResponseEntity.status(e.errorCode().status()).body(Problems.of(e.errorCode(), e.detail()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(FrameworkErrorAdvice.mismatch(e));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return badRequest("缺少必填参数 " + e.getParameterName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return badRequest("请求内容不是有效的 JSON，或字段类型不符");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(ApiProblemAdvice::describe).collect(Collectors.joining("；"));
        return ResponseEntity.badRequest().body(Problems.of(PlatformErrorCode.VALIDATION_FAILED, detail));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        String detail = e.getAllErrors().stream().map(err -> err.getDefaultMessage())
                .collect(Collectors.joining("；"));
        return ResponseEntity.badRequest().body(Problems.of(PlatformErrorCode.VALIDATION_FAILED, detail));
    }

    private static String describe(FieldError error) {
        return error.getField() + "：" + error.getDefaultMessage();
    }

    private static ResponseEntity<ProblemDetail> badRequest(String detail) {
        log.debug("Bad API request: {}", detail);
        return ResponseEntity.badRequest().body(Problems.of(PlatformErrorCode.BAD_REQUEST, detail));
    }
}
