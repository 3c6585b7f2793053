package io.onewindow.identity;

import io.onewindow.platform.ErrorCode;
import org.springframework.http.HttpStatus;

public enum IdentityErrorCode implements ErrorCode {
    IDENTITY_INVALID_RESIDENT_ID(HttpStatus.BAD_REQUEST, "身份证号码无效"),
    IDENTITY_INVALID_CREDIT_CODE(HttpStatus.BAD_REQUEST, "统一社会信用代码无效"),
    IDENTITY_INVALID_INPUT(HttpStatus.BAD_REQUEST, "填写内容有误"),
    IDENTITY_DUPLICATE_CITIZEN(HttpStatus.CONFLICT, "该身份证号码已注册"),
    IDENTITY_DUPLICATE_ENTERPRISE(HttpStatus.CONFLICT, "该统一社会信用代码已注册"),
    IDENTITY_DUPLICATE_USERNAME(HttpStatus.CONFLICT, "用户名已被使用"),
    IDENTITY_ACCOUNT_NOT_FOUND(HttpStatus.NOT_FOUND, "账号不存在"),
    IDENTITY_NOT_ALLOWED(HttpStatus.FORBIDDEN, "无权进行此操作");

    private final HttpStatus status;
    private final String title;

    IdentityErrorCode(HttpStatus status, String title) {
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
