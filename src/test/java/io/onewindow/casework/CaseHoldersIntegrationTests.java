package io.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.identity.StaffAccounts;
import io.onewindow.workflow.Processes;
import io.onewindow.workflow.WorkTask;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** 当前办理 and 无人可办: every case says who holds it; a step nobody can take is shown at once, not at the deadline. */
@IntegrationTest
class CaseHoldersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    Processes processes;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    MockHttpSession login(String username) throws Exception {
        return DemoLogins.session(mvc, username);
    }

    @Test
    void aBirthCertificateCaseSaysWhoDecidesAndAlertsWhenNobodyCan() throws Exception {
        MockHttpSession clerk = login("clerk");
        String item = catalog.search(CatalogQuery.text("出生医学证明办理")).items().get(0).code();
        // 张三's ID number, as in the README
        String location = mvc.perform(post("/window/intake").session(clerk).with(csrf()).param("itemCode", item)
                .param("idNumber", "511102199003151235")).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/cases/".length()));
        mvc.perform(multipart("/cases/" + id + "/materials").file(new MockMultipartFile("file", "登记表.pdf", null,
                CaseworkIntegrationTests.PDF)).param("index", "1").session(clerk).with(csrf()));
        mvc.perform(post("/cases/" + id + "/form").session(clerk).with(csrf()).param("action", "submit")
                .param("idempotencyKey", "holders-" + id).param("f.babyName", "张小乐").param("f.birthDate", "2026-11-20")
                .param("f.hospital", "乐山市人民医院"));
        MockHttpSession reviewer = login("approver.health");
        mvc.perform(post("/cases/" + id + "/accept").session(reviewer).with(csrf()));
        WorkTask review = processes.tasksOfCase(id.toString()).get(0);
        mvc.perform(post("/tasks/" + review.id() + "/claim").session(reviewer).with(csrf()).param("caseId", id.toString()));
        mvc.perform(get("/cases/" + id).session(reviewer)).andExpect(content().string(containsString("承办人 刘文静")));
        mvc.perform(post("/tasks/" + review.id() + "/pass").session(reviewer).with(csrf()).param("caseId", id.toString())
                .param("opinion", "材料齐全"));

        // the applicant sees who holds the case now: 决定 by the 卫健委's 部门管理员, waiting to be claimed
        MockHttpSession applicant = login("zhangsan");
        mvc.perform(get("/cases/" + id).session(applicant)).andExpect(content().string(containsString("当前办理")))
                .andExpect(content().string(containsString("乐山市卫生健康委员会")))
                .andExpect(content().string(containsString("部门管理员")))
                .andExpect(content().string(not(containsString("没有可办理的工作人员"))));
        String number = jdbc.sql("select number from casework_case where id = ?").param(id).query(String.class).single();
        MockHttpSession supervisor = login("supervisor");
        mvc.perform(get("/supervision/cases").session(supervisor)).andExpect(content().string(not(containsString(number))));

        // every 部门管理员 of the 卫健委 leaves (other tests may have added some): the step is stranded, and the
        // applicant and the supervisor see it at once
        var heads = staff.withRole("511100-WJW", io.onewindow.identity.Role.DEPT_ADMIN);
        assertThat(heads).isNotEmpty();
        heads.forEach(h -> staff.setEnabled(h, false));
        try {
            mvc.perform(get("/cases/" + id).session(applicant)).andExpect(content().string(containsString("没有可办理的工作人员")));
            mvc.perform(get("/supervision/cases").session(supervisor)).andExpect(content().string(containsString("无人可办的环节")))
                    .andExpect(content().string(containsString(number)));
        } finally {
            heads.forEach(h -> staff.setEnabled(h, true));
        }
        mvc.perform(get("/supervision/cases").session(supervisor)).andExpect(content().string(not(containsString(number))));
        MockHttpSession decider = login("head.wjw");
        WorkTask decide = processes.tasksOfCase(id.toString()).get(0);
        assertThat(decide.activityId()).isEqualTo("decide");
        mvc.perform(post("/tasks/" + decide.id() + "/claim").session(decider).with(csrf()).param("caseId", id.toString()));
        mvc.perform(get("/cases/" + id).session(applicant)).andExpect(content().string(containsString("承办人 阎秀英")));
        mvc.perform(post("/tasks/" + decide.id() + "/decide").session(decider).with(csrf()).param("caseId", id.toString())
                .param("approve", "true"));
        assertThat(jdbc.sql("select status from casework_case where id = ?").param(id).query(String.class).single())
                .isEqualTo("APPROVED");
    }
}
