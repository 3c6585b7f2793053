package io.onewindow.identity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 出生登记 decided: the child the household-registration authority registers, with the parent who declared the
 * birth as guardian.
 *
 * @param sex 男 or 女
 * @param relation the declarant's relation to the child (父亲, 母亲, 其他监护人)
 * @param basisCaseId the 出生登记 case; registering twice for one case gives the same child
 */
public record NewBirth(UUID guardianId, String name, String sex, LocalDate birthDate, String relation,
        UUID basisCaseId) {
}
