package io.onewindow.casework;

import io.onewindow.identity.PartyKind;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Published when a case is decided 准予. Carries what issuing the result needs, so the licence module can issue
 * the electronic licence without reading casework's tables.
 *
 * @param applicantKind a person or an enterprise
 * @param resultLicenseType the licence type the item issues, or {@code null} when its result is not a licence
 * @param particulars what the application states that the result records (form labels and values, without
 *                    contact details or identity numbers)
 */
public record CaseApproved(UUID caseId, String number, String itemCode, int itemVersion, String departmentId,
        String regionId, String itemName, PartyKind applicantKind, UUID applicantId, String applicantName,
        String resultLicenseType, String validity, LocalDate decidedOn, Map<String, String> particulars) {
}
