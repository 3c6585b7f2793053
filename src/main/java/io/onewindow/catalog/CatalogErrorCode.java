package io.onewindow.catalog;

import io.onewindow.platform.ErrorCode;
import org.springframework.http.HttpStatus;

public enum CatalogErrorCode implements ErrorCode {
    CATALOG_ITEM_NOT_FOUND(HttpStatus.NOT_FOUND, "事项不存在"),
    CATALOG_VERSION_NOT_FOUND(HttpStatus.NOT_FOUND, "事项版本不存在"),
    CATALOG_INVALID_INPUT(HttpStatus.BAD_REQUEST, "事项内容有误"),
    CATALOG_INCOMPLETE(HttpStatus.UNPROCESSABLE_ENTITY, "事项要素不全，不能提交或发布"),
    CATALOG_WRONG_STATE(HttpStatus.CONFLICT, "当前状态不允许此操作"),
    CATALOG_FORBIDDEN(HttpStatus.FORBIDDEN, "无权维护该事项"),
    CATALOG_IMPORT_INVALID(HttpStatus.BAD_REQUEST, "导入文件有误");

    private final HttpStatus status;
    private final String title;

    CatalogErrorCode(HttpStatus status, String title) {
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
