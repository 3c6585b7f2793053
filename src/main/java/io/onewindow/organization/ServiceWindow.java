package io.onewindow.organization;

import java.util.UUID;

/**
 * A counter in a hall.
 *
 * @param departmentId the department a specialised window serves; {@code null} for a 综合窗口, which takes in any item
 */
public record ServiceWindow(UUID id, HallId hallId, String number, Kind kind, DepartmentId departmentId, boolean active) {

    public enum Kind {
        COMPREHENSIVE("无差别综合窗口"), SPECIALIZED("专业窗口"), MAJOR_PROJECT("重大项目服务专区");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
