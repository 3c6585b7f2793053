package io.onewindow.casework.internal;

import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One application (办件) as stored. State changes go through {@link CaseRepository#transition}, which checks the
 * state it starts from and the version, so two clerks cannot decide the same case twice.
 */
public record CaseRecord(UUID id, String number, String itemCode, int itemVersion, String departmentId,
        String regionId, Channel channel, String applicantKind, UUID applicantId, String applicantName,
        String applicantTail, UUID applicantAccount, UUID submittedBy, String intakeHallId, Map<String, String> form,
        CaseStatus status, List<String> correctionNotice, String decisionReason, String decisionBasis,
        String idempotencyKey, String requestHash, Instant createdAt, Instant submittedAt, LocalDate acceptedOn,
        int statutoryDays, int promisedDays, int version, UUID agentAccount, String agentName) {

    /** The slot of the 授权委托书 when someone applies for another person or enterprise. */
    public static final int POWER_OF_ATTORNEY = -1;

    /** The slot of documents attached by the department during approval (审批附件). */
    public static final int APPROVAL_ATTACHMENT = -2;

    public boolean byAgent() {
        return agentAccount != null;
    }

    public boolean editableByApplicant() {
        return status == CaseStatus.DRAFT || status == CaseStatus.CORRECTION_REQUIRED;
    }
}
