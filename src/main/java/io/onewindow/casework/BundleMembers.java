package io.onewindow.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * 一件事一次办: the member cases of a bundle application are ordinary cases of casework — each under its item's
 * published version, routed to its department, with its own process and statutory clock. The bundle module fills
 * them from one merged form and one upload per material, and submits them together or in the declared order.
 * Calls act for the signed-in applicant, except {@link #submitOnBehalf}.
 */
public interface BundleMembers {

    /** A new draft of the item for the signed-in applicant (智能预填 as for any online application). */
    UUID draft(String itemCode);

    /** 前台综合受理: a new draft of the item, taken in by the signed-in window clerk for the identified applicant. */
    UUID draftAtWindow(String itemCode, String idNumberOrCreditCode);

    /**
     * 监护: a member drafted for the guardian before the child was registered (新生儿出生一件事) becomes the child's
     * application, with the guardian as agent (no 授权委托书: the guardianship is on record). Nothing changes for a
     * member already the child's or no longer a draft; someone who is not the child's guardian is refused.
     */
    void handToWard(UUID caseId, UUID wardId);

    /**
     * 开办一件事: a member drafted for the founder becomes the application of the 市场主体 their 设立登记 registered, the
     * founder applying as its 经营者/法定代表人 (no 授权委托书). Refused for anyone but its representative on record.
     */
    void handToEnterprise(UUID caseId, UUID enterpriseId);

    /**
     * 结果统一送达: the results of these finished members still waiting at an 出件 window go out in one mailing to
     * {@code address} ({@code note} tells the clerk they travel together). Returns how many were marked.
     */
    int mailTogether(List<UUID> caseIds, String address, String note);

    /** The member as the bundle page shows it; empty when the signed-in user may not see it. */
    Optional<Member> view(UUID caseId);

    /** Saves the values of the member's own fields among {@code values}; verified identity fields stay as they are. */
    void fill(UUID caseId, Map<String, String> values);

    /** Attaches a file to the member's material slot (type read from the content, as for any upload). */
    void upload(UUID caseId, int materialIndex, String fileName, byte[] content);

    /** Fetches the member's 部门共享 materials; outside any transaction (a provider may be slow). */
    void fetchShared(UUID caseId);

    /** The blocking findings of the member's pre-check, in Chinese; empty when it may be submitted. */
    List<Problem> problems(UUID caseId);

    /** Submits the member as the signed-in applicant. */
    Member submit(UUID caseId, String idempotencyKey);

    /**
     * Submits a member the applicant confirmed in the bundle and that waited for another member's result, on the
     * platform's behalf (no one signed in). Empty when submitted; else why not (the draft stays the applicant's).
     */
    Optional<String> submitOnBehalf(UUID caseId, String actor);

    /** A member case as it stands. {@code statutoryDue}/{@code promisedDue}: once accepted; {@code paused}: 补正 etc. */
    record Member(UUID caseId, String number, String itemCode, String itemName, String departmentId,
            String applicantKind, UUID applicantId, CaseStatus status, Map<String, String> form, Set<String> verifiedKeys, List<Slot> materials,
            LocalDate statutoryDue, LocalDate promisedDue, boolean paused) {

        public boolean finished() {
            return status == CaseStatus.APPROVED || status == CaseStatus.DENIED || status == CaseStatus.REJECTED;
        }
    }

    /**
     * A blocking pre-check finding: about a material (which another member's result may yet provide) or a field
     * ({@code field}: its key, null for a material).
     */
    record Problem(boolean material, String field, String message) {
    }

    /** One 一单 line of a member: where it comes from and, for an upload, the file given (or null). */
    record Slot(int index, String name, boolean required, String condition, String source, String fileName) {
    }
}
