package io.onewindow.organization;

import io.onewindow.platform.ErrorCode;
import org.springframework.http.HttpStatus;

public enum OrganizationErrorCode implements ErrorCode {
    ORG_REGION_NOT_FOUND(HttpStatus.NOT_FOUND, "行政区划不存在"),
    ORG_DEPARTMENT_NOT_FOUND(HttpStatus.NOT_FOUND, "部门不存在"),
    ORG_HALL_NOT_FOUND(HttpStatus.NOT_FOUND, "服务大厅不存在"),
    ORG_INVALID_INPUT(HttpStatus.BAD_REQUEST, "组织机构信息有误"),
    ORG_DUPLICATE(HttpStatus.CONFLICT, "组织机构已存在");

    private final HttpStatus status;
    private final String title;

    OrganizationErrorCode(HttpStatus status, String title) {
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
