package io.onewindow.casework;

import java.util.Optional;
import java.util.UUID;

/**
 * Read access to cases for other modules (evaluation rates finished cases). To tell an applicant something, publish
 * an {@link ApplicantNotice}.
 */
public interface Cases {

    Optional<CaseInfo> find(UUID caseId);

    /**
     * What other modules may know of a case.
     *
     * @param applicantAccount the applicant's own login, or null; {@code agentAccount} when someone applied for them
     * @param phoneMask the contact number on the form, masked (138****0001), or null
     * @param lastHandler the staff member who took the case's last decision or step, or null (秒批: 系统)
     * @param lastStep what that step was, e.g. 决定：准予
     */
    record CaseInfo(UUID id, String number, String itemCode, String itemName, String departmentId, String intakeHallId,
            UUID submittedBy, CaseStatus status, UUID applicantAccount, UUID agentAccount, String applicantName,
            String phoneMask, String lastHandler, String lastStep) {

        public boolean finished() {
            return status == CaseStatus.APPROVED || status == CaseStatus.DENIED || status == CaseStatus.REJECTED;
        }
    }
}
