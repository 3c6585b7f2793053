package io.onewindow.license;

import io.onewindow.platform.ErrorCode;
import org.springframework.http.HttpStatus;

public enum LicenseErrorCode implements ErrorCode {
    LICENSE_NOT_FOUND(HttpStatus.NOT_FOUND, "电子证照不存在"),
    LICENSE_INVALID_INPUT(HttpStatus.BAD_REQUEST, "证照信息有误"),
    LICENSE_FORBIDDEN(HttpStatus.FORBIDDEN, "无权操作该证照"),
    LICENSE_WRONG_STATE(HttpStatus.CONFLICT, "证照状态不允许此操作");

    private final HttpStatus status;
    private final String title;

    LicenseErrorCode(HttpStatus status, String title) {
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
