package io.onewindow.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.casework.CaseStatus;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.identity.NewCitizen;
import io.onewindow.identity.NewLogin;
import io.onewindow.identity.Registrations;
import io.onewindow.identity.synthetic.SyntheticIdentities;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 部门共享 for real: materials fetched from the provider at submission and shown with their query, every query in
 * the log and on the person's 我的数据使用记录, and no silent pass — no record, no grant or a dataset that is not
 * shared each ask the applicant to upload, with the reason.
 */
@IntegrationTest
class ExchangeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Registrations registrations;

    String code(String name) {
        return catalog.search(CatalogQuery.text(name)).items().get(0).code();
    }

    UUID apply(MockHttpSession who, String item) throws Exception {
        String draft = mvc.perform(post("/apply/" + item).session(who).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(draft.substring(draft.indexOf("/cases/") + "/cases/".length()));
    }

    String submit(MockHttpSession who, UUID id) throws Exception {
        var flash = mvc.perform(post("/cases/" + id + "/form").session(who).with(csrf()).param("action", "submit")
                .param("idempotencyKey", "x-" + UUID.randomUUID())).andReturn().getFlashMap();
        return (String) (flash.get("error") != null ? flash.get("error") : flash.get("message"));
    }

    String caseStatus(UUID id) {
        return jdbc.sql("select status from casework_case where id = ?").param(id).query(String.class).single();
    }

    @Test
    void aZeroMaterialItemIsDecidedOnFetchedDataAndThePersonSeesTheQuery() throws Exception {
        MockHttpSession zhangsan = DemoLogins.session(mvc, "zhangsan");
        UUID id = apply(zhangsan, code("城乡居民基本医疗保险参保登记"));
        submit(zhangsan, id);
        assertThat(caseStatus(id)).isEqualTo(CaseStatus.APPROVED.name());
        Long query = jdbc.sql("select query_id from casework_shared_material where case_id = ? and found").param(id)
                .query(Long.class).single();
        assertThat(jdbc.sql("select auto_rules::text from casework_case where id = ?").param(id).query(String.class).single())
                .contains("部门共享 户籍信息（乐山市公安局 查询 #" + query + "）").contains("电子证照 居民身份证");
        mvc.perform(get("/cases/" + id).session(zhangsan))
                .andExpect(content().string(containsString("已从乐山市公安局获取（查询 #" + query + "）")));
        mvc.perform(get("/my/data-use").session(zhangsan))
                .andExpect(content().string(containsString("乐山市医疗保障局")))
                .andExpect(content().string(containsString("人口户籍信息（乐山市公安局）")))
                .andExpect(content().string(containsString("办理“城乡居民基本医疗保险参保登记”（办件 " + id + "）")));
        mvc.perform(get("/my/data-use").session(DemoLogins.session(mvc, "qiye")))
                .andExpect(content().string(not(containsString(id.toString()))));
        mvc.perform(get("/my/data-use").session(DemoLogins.session(mvc, "clerk"))).andExpect(status().isForbidden());
    }

    @Test
    void withoutARecordTheApplicantIsAskedToUploadWithTheReasonAndTheQueryStaysLogged() throws Exception {
        String idNumber = SyntheticIdentities.residentId("511129", LocalDate.of(1988, 8, 8), 733);
        registrations.registerCitizen(new NewCitizen("孙八", idNumber, "13700000008"), new NewLogin("sunba", "Leshan2023"));
        MockHttpSession sunba = DemoLogins.session(mvc, "sunba");
        UUID id = apply(sunba, code("城乡居民基本医疗保险参保登记"));
        long logged = jdbc.sql("select count(*) from exchange_query").query(Long.class).single();
        assertThat(submit(sunba, id)).contains("“户籍信息”未能从乐山市公安局获取（乐山市公安局没有您的相关记录），请上传该材料");
        assertThat(caseStatus(id)).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from exchange_query where result = 'NOT_FOUND'").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from exchange_query").query(Long.class).single())
                .as("the query is logged although the submission failed").isGreaterThan(logged);
        String page = mvc.perform(get("/cases/" + id).session(sunba)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("未能获取：乐山市公安局没有您的相关记录，请上传").contains("id=\"file-1\"");
        mvc.perform(multipart("/cases/" + id + "/materials").file(new MockMultipartFile("file", "hukou.pdf", null,
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes())).param("index", "1").session(sunba).with(csrf()));
        submit(sunba, id);
        // uploaded instead, and without a licence: a person decides (秒批 never passes on a missing check)
        assertThat(caseStatus(id)).isEqualTo(CaseStatus.ACCEPTED.name());
    }

    @Autowired
    ExchangeSetup exchange;

    /** An item may say 零材料办 only when every material comes from a licence or from a dataset that is shared. */
    @Test
    void everyZeroMaterialItemHasEachSharedMaterialInTheCatalogue() {
        var items = catalog.search(new CatalogQuery(null, null, null, null, null, io.onewindow.catalog.ServiceFlag.ZERO_MATERIAL, 0, 100))
                .items();
        assertThat(items).hasSizeGreaterThanOrEqualTo(4);
        for (var summary : items) {
            var guide = catalog.published(summary.code()).orElseThrow().guide();
            for (var m : guide.materials()) {
                assertThat(m.source()).as(guide.name() + "：" + m.name()).isNotEqualTo(io.onewindow.catalog.Material.Source.APPLICANT);
                if (m.source() == io.onewindow.catalog.Material.Source.SHARED_DATA) {
                    String dataset = exchange.datasetFor(m.name(), m.sourceRef()).orElse(null);
                    assertThat(dataset).as(guide.name() + "：" + m.name() + " 没有对应的共享数据").isNotNull();
                    assertThat(jdbc.sql("select share_type from exchange_dataset where code = ?").param(dataset)
                            .query(String.class).single()).isNotEqualTo("NOT_SHARED");
                }
            }
        }
        System.out.println("零材料办: " + items.size() + " published items (plan: 50) — " + items.stream().map(i -> i.name()).toList());
    }

    @Test
    void aConsumerWithoutAGrantOrADatasetNotSharedIsRefusedAndLogged() throws Exception {
        MockHttpSession zhangsan = DemoLogins.session(mvc, "zhangsan");
        jdbc.sql("update exchange_grant set status = 'LAPSED' where dataset_code = 'GA-HJXX' and consumer_department_id = '511100-YBJ'")
                .update();
        try {
            UUID id = apply(zhangsan, code("城乡居民基本医疗保险参保登记"));
            assertThat(submit(zhangsan, id)).contains("办理部门尚未获得“人口户籍信息”的共享授权");
            assertThat(jdbc.sql("select result from exchange_query order by id desc limit 1").query(String.class).single())
                    .isEqualTo("NO_GRANT");
        } finally {
            jdbc.sql("update exchange_grant set status = 'GRANTED' where dataset_code = 'GA-HJXX' and consumer_department_id = '511100-YBJ'")
                    .update();
        }
        // the catalogue is public; a dataset 不予共享 says why
        mvc.perform(get("/api/v1/exchange/datasets")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'GA-WFFZ')].shareTypeLabel").value("不予共享"))
                .andExpect(jsonPath("$[?(@.code == 'GA-HJXX')].serves[0]").value("户籍信息"));
        mvc.perform(get("/exchange").session(DemoLogins.session(mvc, "supervisor")))
                .andExpect(content().string(containsString("逾期未完成")))
                .andExpect(content().string(containsString("人口户籍信息")));
        mvc.perform(get("/exchange").session(zhangsan)).andExpect(status().isForbidden());
        byte[] xlsx = mvc.perform(get("/exchange/duties.xlsx").session(DemoLogins.session(mvc, "supervisor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var rows = io.onewindow.platform.Spreadsheets.tables("d.xlsx", xlsx).get(0).rows();
        assertThat(rows.get(0)).containsExactly("责任部门", "数据资源", "任务", "完成时限", "完成日期", "完成情况");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("乐山市卫生健康委员会", "出生医学证明信息", "逾期未完成"));
        assertThat(rows).hasSize(1 + jdbc.sql("select count(*) from exchange_duty").query(Integer.class).single());
        mvc.perform(get("/exchange/duties.xlsx").session(zhangsan)).andExpect(status().isForbidden());
    }

    @Autowired
    ExchangeSetup setup;

    @Autowired
    io.onewindow.casework.SharedMaterials shared;

    @Test
    void eachProviderKeepsItsOwnTableAndADatasetServingTwoMaterialsIsAskedOnce() {
        UUID person = UUID.randomUUID();
        setup.putRecord("YB-CBXX", person, java.util.Map.of("险种", "城乡居民基本医疗保险", "参保状态", "正常参保"));
        assertThat(jdbc.sql("select insurance from exchange_src_yb_insurance where subject_id = ?").param(person)
                .query(String.class).single()).isEqualTo("城乡居民基本医疗保险");
        assertThat(jdbc.sql("select count(*) from exchange_src_rs_insurance where subject_id = ?").param(person)
                .query(Integer.class).single()).isZero();
        // a field the register does not have is refused, not stored
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> setup.putRecord("YB-CBXX", person,
                java.util.Map.of("血型", "A"))).hasMessageContaining("没有字段：血型");
        // replacing a record leaves no old field behind
        setup.putRecord("YB-CBXX", person, java.util.Map.of("险种", "职工基本医疗保险"));
        assertThat(jdbc.sql("select status from exchange_src_yb_insurance where subject_id = ?").param(person)
                .query(String.class).optional().orElse(null)).isNull();

        long before = jdbc.sql("select count(*) from exchange_query where subject_id = ?").param(person).query(Long.class).single();
        var answers = shared.fetchAll(java.util.List.of(
                new io.onewindow.casework.SharedMaterials.Wanted("参保信息", "乐山市医疗保障局"),
                new io.onewindow.casework.SharedMaterials.Wanted("住院费用结算信息", "乐山市医疗保障局"),
                new io.onewindow.casework.SharedMaterials.Wanted("结婚证", "乐山市民政局"),
                new io.onewindow.casework.SharedMaterials.Wanted("不在目录中的材料", "乐山市民政局")),
                "CITIZEN", person, "511100-YBJ", "测试");
        assertThat(answers).hasSize(4);
        assertThat(answers.get(0).found()).isTrue();
        assertThat(answers.get(0).summary()).contains("险种：职工基本医疗保险");
        assertThat(answers.get(1).queryId()).isEqualTo(answers.get(0).queryId());
        assertThat(answers.get(2).found()).isFalse();
        assertThat(answers.get(2).reason()).contains("尚未获得“婚姻登记信息”的共享授权");
        assertThat(answers.get(3).queryId()).isNull();
        assertThat(answers.get(3).reason()).contains("数据资源目录中尚无“不在目录中的材料”");
        // one line per dataset asked: 医保 once (for two materials), 民政 refused once
        assertThat(jdbc.sql("select count(*) from exchange_query where subject_id = ?").param(person).query(Long.class).single())
                .isEqualTo(before + 2);
    }
}
