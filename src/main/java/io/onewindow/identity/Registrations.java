package io.onewindow.identity;

import java.util.UUID;

/**
 * Registers people. Every method validates per GB 11643 / GB 32100, refuses duplicates with a Chinese message,
 * stores nothing on failure and writes the audit log.
 */
public interface Registrations {

    /** 个人实名注册: the citizen record and their applicant login. Returns the account id. */
    UUID registerCitizen(NewCitizen citizen, NewLogin login);

    /** 法人注册: the enterprise record and its applicant login (the 经办人's). Returns the account id. */
    UUID registerEnterprise(NewEnterprise enterprise, String contactName, NewLogin login);

    /** A citizen record without a login (e.g. identified at a window). Returns the citizen id. */
    UUID addCitizen(NewCitizen citizen);

    /** An enterprise record without a login, from the registration authority's data ({@link Assurance#REGISTRY}). */
    UUID addEnterprise(NewEnterprise enterprise);

    /**
     * 窗口核验: a clerk has checked a self-registered enterprise's 营业执照 and legal representative; it becomes
     * {@link Assurance#WINDOW}. Registry and already verified enterprises are left as they are.
     */
    void verifyEnterprise(String creditCode);

    /**
     * 设立登记: registers the new 市场主体 a decision establishes, assigning its unified social credit code
     * (GB 32100) as the registration authority does; registry-verified from the start. Returns it.
     */
    Enterprise establish(NewEstablishment establishment);

    /** The 市场主体 a 设立登记 case registered, once it has. */
    java.util.Optional<Enterprise> establishedBy(UUID basisCaseId);
}
