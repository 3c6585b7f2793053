package io.onewindow.casework;

import java.time.LocalDate;
import java.util.UUID;

/** Published when the competent department accepts a case (受理): the statutory clock starts on {@code acceptedOn}. */
public record CaseAccepted(UUID caseId, String number, String itemCode, int itemVersion, String departmentId,
        LocalDate acceptedOn) {
}
