package io.onewindow.casework;

import io.onewindow.platform.ErrorCode;
import org.springframework.http.HttpStatus;

public enum CaseworkErrorCode implements ErrorCode {
    CASE_NOT_FOUND(HttpStatus.NOT_FOUND, "办件不存在"),
    CASE_INVALID_INPUT(HttpStatus.BAD_REQUEST, "申请内容有误"),
    CASE_PRECHECK_FAILED(HttpStatus.UNPROCESSABLE_ENTITY, "预审未通过"),
    CASE_WRONG_STATE(HttpStatus.CONFLICT, "当前状态不允许此操作"),
    CASE_IDEMPOTENCY_CONFLICT(HttpStatus.CONFLICT, "提交编号已用于不同的申请"),
    CASE_FILE_REJECTED(HttpStatus.BAD_REQUEST, "文件不符合要求"),
    CASE_FORBIDDEN(HttpStatus.FORBIDDEN, "无权办理该办件");

    private final HttpStatus status;
    private final String title;

    CaseworkErrorCode(HttpStatus status, String title) {
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
