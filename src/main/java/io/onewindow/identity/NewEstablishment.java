package io.onewindow.identity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 设立登记 decided for a person: the new 市场主体 the registration authority registers, with the person as its
 * 经营者 or 法定代表人. Its credit code is assigned on registration, never asked from the applicant.
 *
 * @param individual true for a 个体工商户 (机构类别 92), false for an enterprise (91)
 * @param regionCode the registering authority's 6-digit region code
 * @param industryCode GB/T 4754-2017
 * @param basisCaseId the 设立登记 case; establishing twice for one case gives the same 市场主体
 */
public record NewEstablishment(boolean individual, String regionCode, String name, UUID representativeCitizenId,
        String industryCode, LocalDate establishedOn, UUID basisCaseId) {
}
