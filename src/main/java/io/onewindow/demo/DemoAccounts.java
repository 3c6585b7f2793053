package io.onewindow.demo;

import io.onewindow.identity.Role;
import io.onewindow.identity.synthetic.SyntheticIdentities;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The demo staff accounts listed in README.md. All share {@link #PASSWORD}. */
final class DemoAccounts {

    static final String PASSWORD = "Leshan2023";

    /** 张三 (zhangsan) and the demo enterprises 乐山嘉州绿色硅材料 (qiye) and 嘉禾小吃店 (xiaodian). */
    static final String ZHANGSAN_ID = SyntheticIdentities.residentId("511102", LocalDate.of(1990, 3, 15), 123);
    static final String QIYE_CREDIT_CODE = SyntheticIdentities.creditCode("91", "511100", 20230001L);
    static final String XIAODIAN_CREDIT_CODE = SyntheticIdentities.creditCode("92", "511102", 20230002L);

    record Staff(String username, String name, String departmentId, String hallId, Set<Role> roles) {
    }

    static final List<Staff> STAFF = List.of(
            new Staff("admin", "系统管理员", "511100-ZWJ", null, Set.of(Role.SYS_ADMIN)),
            new Staff("clerk", "王晓敏", "511100-ZWJ", "511100-ZWFW", Set.of(Role.WINDOW_CLERK)),
            new Staff("clerk.emeishan", "李春燕", "511181-ZWJ", "511181-ZWFW", Set.of(Role.WINDOW_CLERK)),
            new Staff("clerk.qianwei", "何静", "511123-ZWJ", "511123-ZWFW", Set.of(Role.WINDOW_CLERK)),
            new Staff("approver", "陈建国", "511100-SCJGJ", null, Set.of(Role.APPROVER)),
            new Staff("approver.health", "刘文静", "511100-WJW", null, Set.of(Role.APPROVER)),
            new Staff("approver.hr", "杨光明", "511100-RSJ", null, Set.of(Role.APPROVER)),
            new Staff("deptadmin", "赵志强", "511100-SCJGJ", null, Set.of(Role.DEPT_ADMIN, Role.APPROVER)),
            new Staff("zwadmin", "孙晓梅", "511100-ZWJ", null, Set.of(Role.DEPT_ADMIN)),
            new Staff("hotline", "周丽", "511100-ZWJ", null, Set.of(Role.HOTLINE_AGENT)),
            new Staff("inspector", "吴海涛", "511100-SCJGJ", null, Set.of(Role.INSPECTOR)),
            new Staff("supervisor", "郑红梅", "511100-ZWJ", null, Set.of(Role.SUPERVISOR)));

    private DemoAccounts() {
    }
}
