package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.audit.AuditLog;
import io.onewindow.identity.internal.OrganizationImport;
import io.onewindow.platform.Spreadsheets;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 组织机构和人员导入: a file of departments, halls, windows and staff written whole or not at all, every bad row
 * named, re-imports that change nothing, generated passwords shown once, and the template being today's organisation.
 */
@IntegrationTest
class OrganizationImportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationImport imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    OrganizationImport.Job upload(MockHttpSession who, String fileName, byte[] content) throws Exception {
        String location = mvc.perform(multipart("/admin/organization/import").file(new MockMultipartFile("file", fileName,
                "application/octet-stream", content)).session(who).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        UUID job = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        return Awaitility.await("the import").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> imports.job(job).orElseThrow(), state -> !state.running());
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theTemplateIsTodaysOrganisationAndImportingItBackChangesNothing() throws Exception {
        MockHttpSession admin = DemoLogins.session(mvc, "admin");
        byte[] template = mvc.perform(get("/admin/organization/import/template.xlsx").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var tables = Spreadsheets.tables("t.xlsx", template);
        assertThat(tables).extracting(Spreadsheets.Table::name).containsExactly("说明", "部门", "服务大厅", "窗口", "工作人员");
        long departments = jdbc.sql("select count(*) from org_department").query(Long.class).single();
        assertThat(tables.get(1).rows()).hasSize((int) departments + 1);
        assertThat(tables.get(4).rows()).anySatisfy(r -> assertThat(r).startsWith("clerk", "王晓敏", "综合窗口受理人员",
                "511100-ZWJ", "511100-ZWFW", "启用"));

        long accounts = jdbc.sql("select count(*) from identity_account").query(Long.class).single();
        long audit = auditCount();
        OrganizationImport.Job job = upload(admin, "组织机构.xlsx", template);
        assertThat(job.status()).as(job.errors()).isEqualTo("DONE");
        assertThat(job.summary()).contains("部门：新增 0，更新 0，未变 " + departments).contains("工作人员：新增 0，更新 0");
        assertThat(jdbc.sql("select count(*) from identity_account").query(Long.class).single()).isEqualTo(accounts);
        assertThat(auditCount()).as("only the import itself is audited").isEqualTo(audit + 1);
    }

    @Test
    void aNewOrganisationUnitAndItsStaffAreCreatedOnceAndUpdatedOnReimport() throws Exception {
        MockHttpSession admin = DemoLogins.session(mvc, "admin");
        byte[] departments = csv("区划代码,部门代码,部门名称,简称\n511124,XZSPJ,井研县行政审批局,审批局\n");
        byte[] halls = csv("区划代码,大厅代码,大厅名称,层级,地址,办公时间,电话\n"
                + "511124,YJZ,井研县研城街道便民服务中心,乡镇,井研县研城街道,工作日 9:00-17:00,0833-3712345\n");
        byte[] windows = csv("大厅,窗口编号,窗口类型,部门\n511124-YJZ,1,综合窗口,\n511124-YJZ,2,专业窗口,511124-XZSPJ\n");
        byte[] staff = csv("用户名,姓名,部门,大厅,角色\nimport.clerk,何晓,,511124-YJZ,综合窗口受理人员\n"
                + "import.head,钟敏,511124-XZSPJ,,部门管理员、部门审批人员\n");
        for (var f : new Object[][] {{"departments.csv", departments}, {"halls.csv", halls}, {"windows.csv", windows}}) {
            assertThat(upload(admin, (String) f[0], (byte[]) f[1]).status()).isEqualTo("DONE");
        }
        OrganizationImport.Job job = upload(admin, "staff.csv", staff);
        assertThat(job.status()).as(job.errors()).isEqualTo("DONE");
        assertThat(job.summary()).isEqualTo("工作人员：新增 2，更新 0，未变 0");
        assertThat(jdbc.sql("select count(*) from org_window where hall_id = '511124-YJZ'").query(Long.class).single()).isEqualTo(2);

        // the generated passwords are shown to the importer once, then erased; the accounts must change them
        String page = mvc.perform(get("/admin/organization/import/" + job.id()).session(admin))
                .andReturn().getResponse().getContentAsString();
        String password = page.replaceAll("(?s).*import\\.clerk</td><td class=\"mono\">([^<]+)</td>.*", "$1");
        assertThat(password).hasSize(18);
        mvc.perform(get("/admin/organization/import/" + job.id()).session(admin))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(password))));
        assertThat(jdbc.sql("select passwords from identity_org_import where id = ?").param(job.id()).query(byte[].class)
                .optional()).isEmpty();
        MockHttpSession clerk = DemoLogins.session(mvc, "import.clerk", password);
        mvc.perform(get("/workspace").session(clerk)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select must_change_password from identity_account where username = 'import.clerk'")
                .query(Boolean.class).single()).isTrue();

        // the same file again changes nothing; an edited row is updated, never duplicated
        assertThat(upload(admin, "staff.csv", staff).summary()).isEqualTo("工作人员：新增 0，更新 0，未变 2");
        job = upload(admin, "staff.csv", csv("用户名,姓名,部门,大厅,角色,状态\nimport.clerk,何晓,,511124-YJZ,综合窗口受理人员,停用\n"));
        assertThat(job.summary()).isEqualTo("工作人员：新增 0，更新 1，未变 0");
        assertThat(jdbc.sql("select count(*) from identity_account where username = 'import.clerk' and not enabled")
                .query(Long.class).single()).isOne();
        assertThat(upload(admin, "windows.csv", windows).summary()).isEqualTo("窗口：新增 0，更新 0，未变 2");
    }

    @Test
    void oneBadRowImportsNothingAndEveryBadRowIsNamed() throws Exception {
        MockHttpSession admin = DemoLogins.session(mvc, "admin");
        OrganizationImport.Job job = upload(admin, "staff.csv", csv("""
                用户名,姓名,部门,大厅,角色,初始密码
                bad.one,甲,511100-NOPE,,部门审批人员,
                good.one,乙,511100-SCJGJ,,部门审批人员,
                bad.two,丙,511100-SCJGJ,,审批员,
                zhangsan,丁,511100-SCJGJ,,部门审批人员,
                bad.three,戊,511100-SCJGJ,,办事群众/企业,
                bad.four,己,511100-SCJGJ,,部门审批人员,short
                """));
        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(job.errors()).contains("文件中有 5 行有错误")
                .contains("“staff.csv”第 2 行：部门 511100-NOPE 不存在")
                .contains("“staff.csv”第 4 行：角色“审批员”不存在")
                .contains("“staff.csv”第 5 行：用户名“zhangsan”已是群众或企业自行注册的账号")
                .contains("“staff.csv”第 6 行：“办事群众/企业”角色只用于自行注册的账号")
                .contains("“staff.csv”第 7 行：密码长度应为 8–64 位")
                .doesNotContain("第 3 行");
        assertThat(jdbc.sql("select count(*) from identity_account where username = 'good.one'").query(Long.class).single())
                .as("the good row was rolled back with the bad ones").isZero();

        // no administrator left: refused
        job = upload(admin, "staff.csv", csv("用户名,姓名,部门,大厅,角色,状态\nadmin,系统管理员,511100-ZWJ,,系统管理员,停用\n"));
        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(job.errors()).contains("导入后将没有可用的系统管理员账号");
        assertThat(jdbc.sql("select enabled from identity_account where username = 'admin'").query(Boolean.class).single()).isTrue();
    }

    @Test
    void filesThatAreNoOrganisationFileAndPeopleWhoAreNoAdministratorAreRefused() throws Exception {
        MockHttpSession admin = DemoLogins.session(mvc, "admin");
        mvc.perform(multipart("/admin/organization/import").file(new MockMultipartFile("file", "x.csv", "text/csv",
                csv("名称,地址\n甲,乙\n"))).session(admin).with(csrf()))
                .andExpect(flash().attribute("error", containsString("无法识别“x.csv”")));
        mvc.perform(multipart("/admin/organization/import").file(new MockMultipartFile("file", "x.csv", "text/csv",
                csv("用户名,姓名,角色,电子邮件\na,b,c\n"))).session(admin).with(csrf()))
                .andExpect(flash().attribute("error", containsString("第 4 列“电子邮件”不是可导入的列")));
        mvc.perform(multipart("/admin/organization/import").file(new MockMultipartFile("file", "x.xlsx", "text/csv",
                csv("not a workbook"))).session(admin).with(csrf()))
                .andExpect(flash().attribute("error", containsString("无法读取 Excel 文件")));
        mvc.perform(multipart("/admin/organization/import").file(new MockMultipartFile("file", "x.csv", "text/csv",
                csv("用户名,姓名,角色\n"))).session(admin).with(csrf()))
                .andExpect(flash().attribute("error", containsString("文件中没有数据行")));
        for (String who : new String[] {"deptadmin", "clerk"}) {
            mvc.perform(multipart("/admin/organization/import").file(new MockMultipartFile("file", "x.csv", "text/csv",
                    csv("用户名,姓名,角色\nx.y,z,督办人员\n"))).session(DemoLogins.session(mvc, who)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/organization/import/template.xlsx").session(DemoLogins.session(mvc, who)))
                    .andExpect(status().isForbidden());
        }
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }
}
