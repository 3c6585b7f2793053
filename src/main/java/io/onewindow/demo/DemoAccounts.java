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

    /**
     * An 审批 (APPROVER) and a 负责人 (DEPT_ADMIN) account for every department whose published demo items have a
     * step for them, so that no demo case waits on nobody: {@code approver.<dept>} and {@code head.<dept>}, e.g.
     * {@code head.wjw} decides 出生医学证明. County departments carry their county: {@code approver.szq.scjgj}.
     */
    static final List<Staff> DEPARTMENT_STAFF = departmentStaff(new String[][] {
        // department, short username part, 审批人员, 负责人 (null where a named account above already holds the role)
        {"511100-FGW", "fgw", "罗振华", "邓佳怡"}, {"511100-GAJ", "gaj", "冯立新", "曾国庆"},
        {"511100-JTJ", "jtj", "彭晓东", "蒋文斌"}, {"511100-JXJ", "jxj", "谢雨桐", "韩志刚"},
        {"511100-JYJ", "jyj", "唐晓燕", "曹建平"}, {"511100-MZJ", "mzj", "许丽华", "袁卫东"},
        {"511100-NYJ", "nyj", "傅国强", "沈春梅"}, {"511100-RSJ", "rsj", null, "钟明远"},
        {"511100-SHJJ", "shjj", "卢静怡", "蔡永刚"}, {"511100-SLJ", "slj", "丁海波", "魏淑芬"},
        {"511100-WGLJ", "wglj", "薛佳琪", "叶建华"}, {"511100-WJW", "wjw", null, "阎秀英"},
        {"511100-YBJ", "ybj", "余晓丽", "潘志勇"}, {"511100-YJJ", "yjj", "杜明辉", "戴红霞"},
        {"511100-ZJJ", "zjj", "夏光荣", "钟丽萍"}, {"511100-ZRZYJ", "zrzyj", "汪德胜", "田桂兰"},
        {"511102-SCJGJ", "szq.scjgj", "任雪梅", "姜国栋"}, {"511102-ZJJ", "szq.zjj", "范晓军", "方玉兰"}});

    private static List<Staff> departmentStaff(String[][] rows) {
        List<Staff> staff = new java.util.ArrayList<>();
        for (String[] r : rows) {
            if (r[2] != null) {
                staff.add(new Staff("approver." + r[1], r[2], r[0], null, Set.of(Role.APPROVER)));
            }
            staff.add(new Staff("head." + r[1], r[3], r[0], null, Set.of(Role.DEPT_ADMIN, Role.APPROVER)));
        }
        return List.copyOf(staff);
    }

    private DemoAccounts() {
    }
}
