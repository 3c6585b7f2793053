package io.onewindow.workflow;

import io.onewindow.platform.ErrorCode;
import org.springframework.http.HttpStatus;

public enum WorkflowErrorCode implements ErrorCode {
    WORKFLOW_INVALID_MODEL(HttpStatus.BAD_REQUEST, "流程模型无效"),
    WORKFLOW_TASK_NOT_FOUND(HttpStatus.NOT_FOUND, "办理环节不存在"),
    WORKFLOW_TASK_TAKEN(HttpStatus.CONFLICT, "办理环节已被认领"),
    WORKFLOW_INVALID_RETURN(HttpStatus.BAD_REQUEST, "退回目标无效");

    private final HttpStatus status;
    private final String title;

    WorkflowErrorCode(HttpStatus status, String title) {
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
