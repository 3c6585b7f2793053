package io.onewindow.policy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * Loading what a city already has when it starts using the platform: policies already in force (published by
 * their documents, not drafted here) and departments' figures about enterprises. Rules and benefits are checked
 * as strictly as a draft's; everything is in the audit log under the given loader's name.
 */
public interface PolicyImport {

    /** A policy in force: its document is published, so it is stored as published at once. */
    record InForcePolicy(String code, String departmentId, String title, String issuer, String docNumber, String basis,
            LocalDate validFrom, LocalDate validTo, String summary, String ruleJson, String benefitJson, boolean automatic,
            String applyItemCode) {
    }

    /** One figure a department holds about an enterprise, as of a date. */
    record DepartmentFigure(UUID enterpriseId, Fact fact, Object value, LocalDate asOf) {
    }

    /** Whether any policy exists at all (loaders run once, into an empty library). */
    boolean anyPolicy();

    UUID importInForce(InForcePolicy policy, String loadedBy);

    void supplyFigures(Collection<DepartmentFigure> figures, String source, String loadedBy);

    /** Matches every enterprise against every policy in force, now, and returns the number of eligible pairs. */
    int matchAll(String trigger);
}
