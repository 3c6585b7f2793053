package io.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
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
import io.onewindow.casework.internal.CaseRecord;
import io.onewindow.casework.internal.CaseRepository;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import java.nio.file.Path;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The defects a city found in casework, each tried the way it was found: by a stranger, a clerk, a bad request.
 * Each test applies for an item no other test uses, since zhangsan's open draft of an item is shared.
 */
@IntegrationTest
class CaseworkSafetyIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    CaseRepository cases;

    @Autowired
    JdbcClient jdbc;

    String code(String name) {
        return catalog.search(CatalogQuery.text(name)).items().get(0).code();
    }

    UUID startOnline(MockHttpSession session, String itemName) throws Exception {
        String location = mvc.perform(post("/apply/" + code(itemName)).session(session).with(csrf())).andReturn()
                .getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring("/cases/".length()));
    }

    /** A 秒批 case (accepted and decided in the submitting request), submitted through the API. */
    CaseRecord instantCase(MockHttpSession citizen) throws Exception {
        String body = mvc.perform(post("/api/v1/cases").session(citizen).with(csrf())
                        .header("Idempotency-Key", "safety-" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemCode\":\"" + code("城乡居民基本养老保险参保登记")
                                + "\",\"form\":{\"grade\":\"300\",\"phone\":\"13800000001\"}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return cases.find(UUID.fromString(com.jayway.jsonpath.JsonPath.<String>read(body, "$.id"))).orElseThrow();
    }

    @Test
    void openingTheApplyLinkChangesNothingAndTheDraftIsTheApplicantsAlone() throws Exception {
        MockHttpSession citizen = DemoLogins.session(mvc, "zhangsan");
        long before = jdbc.sql("select count(*) from casework_case").query(Long.class).single();
        mvc.perform(get("/apply/" + code("医师执业注册")).session(citizen)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("开始填写申请")));
        assertThat(jdbc.sql("select count(*) from casework_case").query(Long.class).single()).isEqualTo(before);

        UUID draft = startOnline(citizen, "医师执业注册");
        mvc.perform(multipart("/cases/" + draft + "/materials").file(new MockMultipartFile("file", "登记表.pdf", null, PDF))
                .param("index", "0").session(citizen).with(csrf())).andExpect(flash().attribute("message", "材料已上传"));
        UUID upload = jdbc.sql("select id from casework_material where case_id = ?").param(draft).query(UUID.class).single();
        // the competent department, a supervisor and an administrator see neither the draft nor its files
        for (String staff : new String[] {"approver.health", "supervisor", "admin"}) {
            MockHttpSession s = DemoLogins.session(mvc, staff);
            mvc.perform(get("/cases/" + draft).session(s)).andExpect(status().isNotFound());
            mvc.perform(get("/cases/" + draft + "/materials/" + upload).session(s)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/cases/" + draft).session(citizen)).andExpect(status().isOk());
    }

    @Test
    void aDeletedMaterialTakesItsFileAlongAndUploadsAreLimited() throws Exception {
        MockHttpSession citizen = DemoLogins.session(mvc, "zhangsan");
        UUID id = startOnline(citizen, "护士执业注册");
        mvc.perform(multipart("/cases/" + id + "/materials").file(new MockMultipartFile("file", "a.pdf", null, PDF))
                .param("index", "0").session(citizen).with(csrf())).andExpect(flash().attribute("message", "材料已上传"));
        var row = jdbc.sql("select id, file_id from casework_material where case_id = ? and file_name = 'a.pdf'")
                .param(id).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        Path file = Path.of("target/test-data/files", row[1].substring(0, 2), row[1]);
        assertThat(file).exists();
        mvc.perform(post("/cases/" + id + "/materials/" + row[0] + "/delete").session(citizen).with(csrf()))
                .andExpect(flash().attribute("message", "材料已删除"));
        assertThat(file).doesNotExist();

        // the draft may already hold files of this slot from another test: fill it up to the limit, then one more
        String refused = null;
        for (int i = 0; i < 11 && refused == null; i++) {
            refused = (String) mvc.perform(multipart("/cases/" + id + "/materials")
                    .file(new MockMultipartFile("file", "p.pdf", null, PDF)).param("index", "0").session(citizen)
                    .with(csrf())).andReturn().getFlashMap().get("error");
        }
        assertThat(refused).contains("每项材料最多上传 10 个文件");
        assertThat(jdbc.sql("select count(*) from casework_material where case_id = ? and material_index = 0").param(id)
                .query(Long.class).single()).isEqualTo(10);
        // a form without its file part is a clear 400, not a 500
        mvc.perform(multipart("/cases/" + id + "/materials").param("index", "0").session(citizen).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void phoneNumbersInTheFormAreStoredEncryptedAndReadBackWhole() throws Exception {
        MockHttpSession citizen = DemoLogins.session(mvc, "zhangsan");
        UUID id = startOnline(citizen, "门诊慢特病待遇认定");
        String stored = jdbc.sql("select form_data::text from casework_case where id = ?").param(id).query(String.class).single();
        assertThat(stored).doesNotContain("13800000001").contains("sm4:");
        assertThat(cases.find(id).orElseThrow().form().get("phone")).isEqualTo("13800000001");
    }

    @Test
    void aNullFormFieldIsAValidationErrorAndStoresNothing() throws Exception {
        MockHttpSession citizen = DemoLogins.session(mvc, "zhangsan");
        long before = jdbc.sql("select count(*) from casework_case").query(Long.class).single();
        mvc.perform(post("/api/v1/cases").session(citizen).with(csrf()).header("Idempotency-Key", "null-field-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemCode\":\"" + code("社会保障卡申领") + "\",\"form\":{\"bank\":null}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(Matchers.containsString("bank")));
        assertThat(jdbc.sql("select count(*) from casework_case").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theAcceptanceNoticeOfAnInstantlyDecidedCaseIsAPdf() throws Exception {
        MockHttpSession citizen = DemoLogins.session(mvc, "zhangsan");
        CaseRecord decided = instantCase(citizen);
        assertThat(decided.status()).isEqualTo(CaseStatus.APPROVED);
        mvc.perform(get("/cases/" + decided.id() + "/notices/acceptance.pdf").session(citizen))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void thePublicLookupShowsMilestonesOnlyAndStopsGuessersOfTheTail() throws Exception {
        CaseRecord c = instantCase(DemoLogins.session(mvc, "zhangsan"));
        String page = mvc.perform(get("/lookup").param("number", c.number()).param("tail", c.applicantTail()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("审批决定：准予").doesNotContain("张三").doesNotContain("秒批事项，自动受理");
        // five wrong tails, then even the right one is refused for a while, with a Chinese reason
        for (String wrong : new String[] {"0000", "1111", "2222", "3333", "4444"}) {
            mvc.perform(get("/lookup").param("number", c.number()).param("tail", wrong))
                    .andExpect(content().string(Matchers.containsString("未找到该办件")));
        }
        mvc.perform(get("/lookup").param("number", c.number()).param("tail", c.applicantTail()))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(Matchers.containsString("查询错误次数过多")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("审批决定"))));
    }

}
