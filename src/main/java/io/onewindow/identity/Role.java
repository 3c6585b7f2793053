package io.onewindow.identity;

/** What a person may do. A person may hold several roles. */
public enum Role {
    APPLICANT("办事群众/企业"),
    WINDOW_CLERK("综合窗口受理人员"),
    APPROVER("部门审批人员"),
    DEPT_ADMIN("部门管理员"),
    HOTLINE_AGENT("12345热线坐席"),
    INSPECTOR("执法检查人员"),
    SUPERVISOR("督办人员"),
    SYS_ADMIN("系统管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
