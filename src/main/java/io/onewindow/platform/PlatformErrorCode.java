package io.onewindow.platform;

import org.springframework.http.HttpStatus;

/** Errors that belong to no single business capability: malformed requests, access, unexpected failures. */
public enum PlatformErrorCode implements ErrorCode {
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "请求格式不正确"),
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "输入内容不符合要求"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "未找到"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "请先登录"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "无权访问"),
    CONFLICT(HttpStatus.CONFLICT, "数据冲突"),
    /** Text with control characters, broken characters, over-long values, non-finite numbers, unbounded paging. */
    INPUT_REJECTED(HttpStatus.BAD_REQUEST, "输入内容含有不允许的字符或超出范围"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "不支持此请求方式"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "上传内容过大"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "无法提供所要求的格式"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "尝试次数过多"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误");

    private final HttpStatus status;
    private final String title;

    PlatformErrorCode(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
