package io.onewindow.casework;

import java.util.Optional;
import java.util.UUID;

/** Read access to cases for other modules (evaluation rates finished cases). */
public interface Cases {

    Optional<CaseInfo> find(UUID caseId);

    /**
     * What other modules may know of a case.
     *
     * @param applicantAccount the applicant's own login, or null; {@code agentAccount} when someone applied for them
     */
    record CaseInfo(UUID id, String number, String itemCode, String itemName, String departmentId, String intakeHallId,
            UUID submittedBy, CaseStatus status, UUID applicantAccount, UUID agentAccount, String applicantName) {

        public boolean finished() {
            return status == CaseStatus.APPROVED || status == CaseStatus.DENIED || status == CaseStatus.REJECTED;
        }
    }
}
