package io.onewindow.evaluation;

import io.onewindow.platform.ErrorCode;
import org.springframework.http.HttpStatus;

public enum EvaluationErrorCode implements ErrorCode {
    EVALUATION_NOT_FOUND(HttpStatus.NOT_FOUND, "评价不存在"),
    EVALUATION_INVALID_INPUT(HttpStatus.BAD_REQUEST, "评价内容有误"),
    EVALUATION_NOT_ALLOWED(HttpStatus.FORBIDDEN, "无权进行此评价或处理"),
    EVALUATION_WRONG_STATE(HttpStatus.CONFLICT, "当前状态不允许此操作");

    private final HttpStatus status;
    private final String title;

    EvaluationErrorCode(HttpStatus status, String title) {
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
