package io.onewindow.casework;

import java.util.List;
import java.util.UUID;

/**
 * 部门共享: a material of the 一单 fetched from the department that holds the record, instead of uploaded. Implemented
 * by the exchange module (which depends on casework, not the other way round); every call is a logged query.
 */
public interface SharedMaterials {

    /**
     * @param materialName  the 一单 line, e.g. 户籍信息
     * @param providerHint  the department the guide names as its source (部门共享：乐山市公安局)
     * @param subjectKind   CITIZEN or ENTERPRISE
     * @param subjectId     the applicant's citizen or enterprise id
     * @param consumer      the department deciding the case
     * @param purpose       what the query serves (the case number), shown to the person it is about
     */
    default Fetch fetch(String materialName, String providerHint, String subjectKind, UUID subjectId, String consumer,
            String purpose) {
        return fetchAll(List.of(new Wanted(materialName, providerHint)), subjectKind, subjectId, consumer, purpose).get(0);
    }

    /**
     * Several materials of one application at once (as a pre-check asks): one answer per material, in order; a
     * dataset serving two of them is asked once.
     */
    List<Fetch> fetchAll(List<Wanted> materials, String subjectKind, UUID subjectId, String consumer, String purpose);

    /** A 一单 material to fetch: its name and the department the guide names as its source. */
    record Wanted(String materialName, String providerHint) {
    }

    /**
     * @param found   a record was returned
     * @param queryId the query log's id (the evidence)
     * @param summary what the record says, for the case page (personal parts masked)
     * @param reason  why nothing was returned, in Chinese, when not found
     */
    record Fetch(boolean found, Long queryId, String dataset, String provider, String summary, String reason) {

        public static Fetch failed(String reason) {
            return new Fetch(false, null, null, null, null, reason);
        }
    }
}
