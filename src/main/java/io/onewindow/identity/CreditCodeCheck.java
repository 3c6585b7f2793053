package io.onewindow.identity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of checking a 统一社会信用代码 against GB 32100-2015.
 *
 * @param registrationAuthority 第1位 登记管理部门代码 and its name
 * @param entityType 第2位 机构类别代码 and its name
 * @param regionCode 第3–8位 登记管理机关行政区划码
 * @param organizationCode 第9–17位 主体标识码 (组织机构代码, GB 11714)
 * @param note set when the code is accepted only because it is a registered early pilot code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreditCodeCheck(boolean valid, String reason, String code, String registrationAuthority,
        String registrationAuthorityName, String entityType, String entityTypeName, String regionCode,
        String organizationCode, String note) {

    static CreditCodeCheck invalid(String reason) {
        return new CreditCodeCheck(false, reason, null, null, null, null, null, null, null, null);
    }
}
