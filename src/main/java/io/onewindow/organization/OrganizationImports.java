package io.onewindow.organization;

/**
 * 组织机构导入: one department, hall or window per call, written by its id (a department's region and code, a
 * hall's region and code, a window's hall and number): created when new, updated when changed, left alone when
 * equal — so importing the same file twice changes nothing. Each call checks its fields with the same rules and
 * Chinese messages as the admin page, throws {@link io.onewindow.platform.OneWindowException} on a bad one and is
 * audited; the caller holds the transaction, so one bad row can leave nothing behind.
 */
public interface OrganizationImports {

    enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    Outcome department(String regionId, String code, String name, String shortName, boolean active);

    Outcome hall(String regionId, String code, String name, ServiceHall.Level level, String address,
            String openingHours, String phone, boolean active);

    /** {@code departmentId} may be {@code null} for a 综合窗口. */
    Outcome window(HallId hallId, String number, ServiceWindow.Kind kind, DepartmentId departmentId, boolean active);
}
