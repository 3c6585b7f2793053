package io.onewindow.policy;

import io.onewindow.platform.ErrorCode;
import org.springframework.http.HttpStatus;

public enum PolicyErrorCode implements ErrorCode {
    POLICY_NOT_FOUND(HttpStatus.NOT_FOUND, "政策不存在"),
    POLICY_INVALID_INPUT(HttpStatus.BAD_REQUEST, "政策内容有误"),
    POLICY_NOT_ALLOWED(HttpStatus.FORBIDDEN, "无权进行此操作"),
    POLICY_WRONG_STATE(HttpStatus.CONFLICT, "当前状态不允许此操作");

    private final HttpStatus status;
    private final String title;

    PolicyErrorCode(HttpStatus status, String title) {
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
