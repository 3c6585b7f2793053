package io.onewindow.portal;

import io.onewindow.identity.Role;
import java.util.List;

/** What one role's 工作台 says the role does on the platform, and where its tools are. */
record RoleWorkspace(Role role, String path, String title, String summary, List<String> duties, List<Link> links) {

    record Link(String label, String href) {
    }

    static List<RoleWorkspace> all() {
        return List.of(
                new RoleWorkspace(Role.APPLICANT, "applicant", "我的办事", "网上申请、查看办件进度、领取电子证照、评价服务。",
                        List.of("查询办事指南，按“一单一图一表”准备材料", "网上申请并上传材料，保存草稿随时继续",
                                "“一件事一次办”：一张表单、一套材料办多个部门的事项",
                                "查看办件进度和法定办结时限", "领取、出示和授权使用电子证照", "对每次办事进行“好差评”"),
                        List.of(new Link("我的办件", "/my/cases"), new Link("我的一件事", "/bundle-cases"), new Link("我的证照", "/wallet"), new Link("我的数据使用记录", "/my/data-use"), new Link("可享政策（企业）", "/my/policies"), new Link("信用风险分类（企业）", "/my/credit-tier"), new Link("办事指南", "/services"), new Link("工作日计算", "/#calendar-tool"))),
                new RoleWorkspace(Role.WINDOW_CLERK, "clerk", "综合窗口受理", "前台综合受理：任何事项、任何部门，一窗受理，统一出件。",
                        List.of("按身份证号或统一社会信用代码识别申请人", "代为填写或核对申请表，扫描材料",
                                "受理、一次性告知或不予受理", "统一窗口出件，邀请申请人评价"),
                        List.of(new Link("开始受理", "/window/intake"), new Link("出件", "/window/delivery"), new Link("窗口评价", "/window/evaluation"), new Link("办不成事登记", "/unresolved"), new Link("查询办事指南", "/services"))),
                new RoleWorkspace(Role.APPROVER, "approver", "部门审批", "后台分类审批：审查、审核、决定，按工作日计时。",
                        List.of("查看本人和本部门待办，红灯优先", "审查材料，提出意见，准予或不予许可",
                                "退回任一前序环节并说明理由", "依法中止计时并记录"),
                        List.of(new Link("审批工作台", "/workbench"), new Link("部门办件", "/department/cases"),
                                new Link("本部门签发的证照", "/licenses/issued"), new Link("差评整改", "/department/evaluation"),
                                new Link("办不成事", "/department/unresolved"), new Link("12345 工单", "/department/hotline"))),
                new RoleWorkspace(Role.DEPT_ADMIN, "dept-admin", "部门管理", "维护本部门的事项、人员分工与办理情况。",
                        List.of("维护本部门事项清单和办事指南", "分配审批岗位，查看超期预警", "处理本部门差评整改和热线工单"),
                        List.of(new Link("事项管理", "/catalog/manage"), new Link("部门办件", "/department/cases"),
                                new Link("差评整改", "/department/evaluation"), new Link("差评申诉复核", "/evaluation/appeals"),
                                new Link("办不成事", "/department/unresolved"), new Link("办不成事交办", "/unresolved/manage"),
                                new Link("双随机抽查计划", "/inspection/plans"), new Link("报送企业信用等级", "/inspection/tiers"),
                                new Link("督办任务（认领、报送、答复督办单）", "/reform/unit"),
                                new Link("惠企政策库", "/admin/policies"), new Link("企业事实导入", "/admin/policies/facts"),
                                new Link("惠企政策兑现统计", "/admin/policies/figures"))),
                new RoleWorkspace(Role.HOTLINE_AGENT, "hotline", "12345 热线坐席", "接听来电、直接答复咨询、派发工单并跟踪办结。",
                        List.of("登记来电诉求，检索知识库当场答复", "派单至承办单位，跟踪签收、办理、回复时限",
                                "回访来电人并记录满意度"),
                        List.of(new Link("坐席工作台", "/hotline"), new Link("热线考核", "/hotline/figures"),
                                new Link("热点诉求", "/hotline/hotspots"), new Link("知识库", "/hotline/kb"),
                                new Link("外资企业诉求", "/hotline/foreign"), new Link("诉求分类", "/hotline/categories"))),
                new RoleWorkspace(Role.INSPECTOR, "inspector", "执法检查", "“双随机、一公开”抽查与信用分级分类监管。",
                        List.of("查看被抽中的检查任务", "现场检查并录入结果", "检查结果按时公示"),
                        List.of(new Link("我的检查任务", "/inspection/tasks"), new Link("抽查计划", "/inspection/plans"),
                                new Link("抽查公示", "/inspection/public"))),
                new RoleWorkspace(Role.SUPERVISOR, "supervisor", "督办", "跟踪工作要点各项任务的责任单位、时限和实时数据。",
                        List.of("载入年度工作要点，按清单查看任务认领、进展和超期情况", "对超期举措发督办单，跟踪答复",
                                "目标由平台实时计算，导出会议材料", "督办超期事项、差评整改和热线工单", "查看审计日志"),
                        List.of(new Link("工作要点督办", "/reform"), new Link("办件时限督办", "/supervision/cases"), new Link("差评整改督办", "/supervision/evaluation"), new Link("数据共享交换", "/exchange"),
                                new Link("好差评公开", "/evaluation/public"), new Link("办不成事联席会议清单", "/unresolved/manage"),
                                new Link("热线考核", "/hotline/figures"), new Link("事项目标完成情况", "/services/targets"),
                                new Link("惠企政策兑现统计", "/admin/policies/figures"),
                                new Link("审计日志", "/admin/audit"))),
                new RoleWorkspace(Role.SYS_ADMIN, "admin", "系统管理", "维护组织机构、工作人员账号、工作日历，核验审计日志。",
                        List.of("维护行政区划下的部门、服务大厅和窗口", "创建工作人员账号并分配角色，解锁账号",
                                "录入每年的国务院放假通知", "校验审计日志哈希链"),
                        List.of(new Link("组织机构", "/admin/organization"), new Link("工作人员账号", "/admin/accounts"),
                                new Link("组织机构和人员导入", "/admin/organization/import"), new Link("通知发送情况", "/admin/notifications"),
                                new Link("数据共享交换", "/exchange"),
                                new Link("工作日历", "/admin/calendar"), new Link("审计日志", "/admin/audit"),
                                new Link("事项管理", "/catalog/manage"), new Link("事项目标", "/services/targets"),
                                new Link("证照互认名单", "/admin/trust"), new Link("惠企政策库", "/admin/policies"), new Link("存量证照导入", "/licenses/import"),
                                new Link("接口文档", "/swagger-ui.html"))));
    }
}
