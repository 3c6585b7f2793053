package io.onewindow.catalog;

import java.time.Instant;
import java.util.UUID;

/** One version of a service item, with who did what to it. */
public record ItemVersion(UUID id, UUID itemId, String code, int version, Status status, ServiceGuide guide,
        String bpmnXml, String createdBy, Instant createdAt, String submittedBy, String reviewNote, String publishedBy,
        Instant publishedAt) {

    public enum Status {
        DRAFT("草稿"), IN_REVIEW("待审核"), PUBLISHED("已发布");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
