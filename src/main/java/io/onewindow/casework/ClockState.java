package io.onewindow.casework;

import java.time.LocalDate;

/**
 * The statutory clock of an accepted case, counted in working days from 受理.
 *
 * @param remainingWorkingDays working days left until the statutory due date (negative when overdue)
 * @param pausedWorkingDays working days excluded by pauses (补正, 听证, 检验检测, 专家评审, 公示)
 */
public record ClockState(LocalDate acceptedOn, LocalDate statutoryDue, LocalDate promisedDue, int remainingWorkingDays,
        int pausedWorkingDays, Light light) {

    /** 正常 / 黄灯 (≤ 2 working days left) / 红灯 (overdue) / 暂停. */
    public enum Light {
        GREEN("正常"), YELLOW("黄灯"), RED("红灯"), PAUSED("暂停计时");

        private final String label;

        Light(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
