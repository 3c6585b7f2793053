package io.onewindow.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 监护: children registered by 出生登记 and their guardians. A guardian applies for their ward as an agent without
 * a 授权委托书 (the guardianship is on record) and holds the ward's licences in their wallet.
 */
public interface Guardianships {

    /**
     * 出生登记: registers the child as a citizen with a 公民身份号码 assigned per GB 11643 (the guardian's county
     * as 地址码, the birth date, the next free 顺序码 of the child's sex, the check digit) and the declarant as
     * guardian; publishes {@link BirthRegistered}. Registering again for the same case returns the same child.
     */
    Citizen registerBirth(NewBirth birth);

    /** The children the citizen is guardian of, youngest first. */
    List<Citizen> wards(UUID guardianId);

    /** Whether {@code guardianId} is on record as guardian of {@code wardId}. */
    boolean isGuardian(UUID guardianId, UUID wardId);

    /** Whether the login {@code accountId} is a guardian's own account for {@code wardId} (代理 without 授权委托书). */
    boolean guardianAccount(UUID accountId, UUID wardId);

    /** The child a 出生登记 case registered, once it has. */
    Optional<Citizen> registeredBy(UUID basisCaseId);
}
