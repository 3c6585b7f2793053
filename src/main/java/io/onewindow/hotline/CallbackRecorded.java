package io.onewindow.hotline;

import java.time.Instant;

/**
 * 回访 recorded: the caller's verdict on how the lead unit handled a 12345 order. The evaluation module takes it as
 * that unit's 好差评 rating; a later 回访 (after 重办) replaces an earlier one, whatever order the events arrive in.
 *
 * @param departmentId the lead unit when it is a department; {@code null} for a public-service company
 * @param at           when the 回访 was recorded
 */
public record CallbackRecorded(String orderNumber, String departmentId, Verdict verdict, Instant at) {

    /** 满意 / 基本满意 / 不满意. */
    public enum Verdict {
        SATISFIED, FAIR, UNSATISFIED
    }
}
