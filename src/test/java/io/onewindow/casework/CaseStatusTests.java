package io.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The table of allowed case transitions (CaseRepository refuses anything else before touching the row). */
class CaseStatusTests {

    @Test
    void theLifeOfACaseIsAllowed() {
        assertThat(CaseStatus.SUBMITTED.canFollow(CaseStatus.DRAFT)).isTrue();
        assertThat(CaseStatus.CORRECTION_REQUIRED.canFollow(CaseStatus.SUBMITTED)).isTrue();
        assertThat(CaseStatus.SUBMITTED.canFollow(CaseStatus.CORRECTION_REQUIRED)).as("补正后重新提交").isTrue();
        assertThat(CaseStatus.ACCEPTED.canFollow(CaseStatus.SUBMITTED)).isTrue();
        assertThat(CaseStatus.REJECTED.canFollow(CaseStatus.SUBMITTED)).isTrue();
        assertThat(CaseStatus.APPROVED.canFollow(CaseStatus.ACCEPTED)).isTrue();
        assertThat(CaseStatus.DENIED.canFollow(CaseStatus.ACCEPTED)).isTrue();
    }

    @Test
    void shortcutsAndReturnsFromADecisionAreNot() {
        assertThat(CaseStatus.APPROVED.canFollow(CaseStatus.SUBMITTED)).as("no decision without acceptance").isFalse();
        assertThat(CaseStatus.ACCEPTED.canFollow(CaseStatus.DRAFT)).isFalse();
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(s.canFollow(CaseStatus.APPROVED)).as(s + " after 准予").isFalse();
            assertThat(s.canFollow(CaseStatus.DENIED)).as(s + " after 不予许可").isFalse();
            assertThat(s.canFollow(CaseStatus.REJECTED)).as(s + " after 不予受理").isFalse();
            assertThat(CaseStatus.DRAFT.canFollow(s)).as("back to 草稿 from " + s).isFalse();
        }
    }
}
