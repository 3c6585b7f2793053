package io.onewindow.hotline.internal;

import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.identity.CreditCodes;
import io.onewindow.identity.Enterprise;
import io.onewindow.identity.People;
import io.onewindow.platform.OneWindowException;

/** An enterprise named by its credit code: the code is checked (GB 32100), then looked up among registered ones. */
final class RegisteredEnterprises {

    private RegisteredEnterprises() {
    }

    static Enterprise find(People people, String creditCode) {
        String code = creditCode == null ? "" : creditCode.trim().toUpperCase(java.util.Locale.ROOT);
        var check = CreditCodes.check(code);
        if (!check.valid()) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_INVALID_INPUT, "统一社会信用代码有误：" + check.reason());
        }
        return people.enterpriseByCreditCode(code).orElseThrow(() -> new OneWindowException(
                HotlineErrorCode.HOTLINE_INVALID_INPUT, "未找到统一社会信用代码为 " + code + " 的企业"));
    }
}
