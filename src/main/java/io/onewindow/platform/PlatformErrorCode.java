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
