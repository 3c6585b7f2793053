package io.onewindow.workflow;

import io.onewindow.platform.ErrorCode;
import org.springframework.http.HttpStatus;

public enum WorkflowErrorCode implements ErrorCode {
    WORKFLOW_INVALID_MODEL(HttpStatus.BAD_REQUEST, "流程模型无效");

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
