package io.onewindow.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when the competent department accepts a case (受理): the statutory clock starts on {@code acceptedOn},
 * the applicant is promised a decision by {@code promisedDue}.
 */
public record CaseAccepted(UUID caseId, String number, String itemCode, int itemVersion, String departmentId,
        LocalDate acceptedOn, LocalDate promisedDue) {
}
