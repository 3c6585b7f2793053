package io.onewindow.hotline;

import io.onewindow.platform.ErrorCode;
import org.springframework.http.HttpStatus;

public enum HotlineErrorCode implements ErrorCode {
    HOTLINE_NOT_FOUND(HttpStatus.NOT_FOUND, "工单不存在"),
    HOTLINE_INVALID_INPUT(HttpStatus.BAD_REQUEST, "工单内容有误"),
    HOTLINE_NOT_ALLOWED(HttpStatus.FORBIDDEN, "无权处理该工单"),
    HOTLINE_WRONG_STATE(HttpStatus.CONFLICT, "当前状态不允许此操作");

    private final HttpStatus status;
    private final String title;

    HotlineErrorCode(HttpStatus status, String title) {
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
