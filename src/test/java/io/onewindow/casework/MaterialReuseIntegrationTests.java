package io.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** 电子材料智能匹配: an earlier case's material offered again, copied on the applicant's click, and nobody else's. */
@IntegrationTest
class MaterialReuseIntegrationTests {

    static final byte[] CHECKUP = "%PDF-1.4\n% 健康体检证明\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    UUID draft(MockHttpSession who, String itemName) throws Exception {
        String item = catalog.search(CatalogQuery.text(itemName)).items().get(0).code();
        String url = mvc.perform(post("/apply/" + item).session(who).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(url.substring(url.indexOf("/cases/") + "/cases/".length()));
    }

    void upload(MockHttpSession who, UUID id, int index, byte[] content) throws Exception {
        mvc.perform(multipart("/cases/" + id + "/materials").file(new MockMultipartFile("file", "m" + index + ".pdf", null, content))
                .param("index", String.valueOf(index)).session(who).with(csrf()));
    }

    @Test
    void aMaterialFromAnEarlierCaseIsOfferedAndCopiedOnConsent() throws Exception {
        MockHttpSession zhangsan = DemoLogins.session(mvc, "zhangsan");
        UUID doctor = draft(zhangsan, "医师执业注册");
        for (int i = 0; i < 4; i++) {
            upload(zhangsan, doctor, i, i == 2 ? CHECKUP : "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes());
        }
        mvc.perform(post("/cases/" + doctor + "/form").session(zhangsan).with(csrf()).param("action", "submit")
                .param("idempotencyKey", "reuse-" + doctor).param("f.institution", "乐山市人民医院").param("f.category", "临床"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已提交")));
        String number = jdbc.sql("select number from casework_case where id = ?").param(doctor).query(String.class).single();
        UUID checkup = jdbc.sql("select id from casework_material where case_id = ? and material_index = 2").param(doctor)
                .query(UUID.class).single();

        UUID nurse = draft(zhangsan, "护士执业注册");
        mvc.perform(get("/cases/" + nurse).session(zhangsan))
                .andExpect(content().string(containsString("复用办件 " + number + " 中的 m2.pdf")));
        mvc.perform(post("/cases/" + nurse + "/materials/reuse").session(zhangsan).with(csrf()).param("index", "2")
                .param("from", checkup.toString())).andExpect(flash().attribute("message", "已复用以前提交的材料"));
        var copy = jdbc.sql("select file_id, sha256 from casework_material where case_id = ? and material_index = 2")
                .param(nurse).query().singleRow();
        var original = jdbc.sql("select file_id, sha256 from casework_material where id = ?").param(checkup).query().singleRow();
        assertThat(copy.get("sha256")).isEqualTo(original.get("sha256"));
        assertThat(copy.get("file_id")).as("a copy: removing it later leaves the first case's file").isNotEqualTo(original.get("file_id"));
        assertThat(jdbc.sql("select note from casework_event where case_id = ? and type = 'MATERIAL_REUSED'").param(nurse)
                .query(String.class).single()).isEqualTo("经申请人同意，复用办件 " + number + " 中的材料：m2.pdf");
        assertThat(jdbc.sql("select count(*) from audit_entry where object_id = ? and action = 'CASE_MATERIAL_REUSED'")
                .param(nurse.toString()).query(Long.class).single()).isOne();
        // a material is not offered twice, nor for a slot of another name
        mvc.perform(post("/cases/" + nurse + "/materials/reuse").session(zhangsan).with(csrf()).param("index", "0")
                .param("from", checkup.toString())).andExpect(flash().attribute("error", containsString("该材料不能复用")));

        // somebody else can neither take it into their case nor put it into this one
        MockHttpSession qiye = DemoLogins.session(mvc, "qiye");
        UUID theirs = draft(qiye, "特种设备使用登记");
        mvc.perform(post("/cases/" + theirs + "/materials/reuse").session(qiye).with(csrf()).param("index", "0")
                .param("from", checkup.toString())).andExpect(flash().attribute("error", containsString("该材料不能复用")));
        mvc.perform(post("/cases/" + nurse + "/materials/reuse").session(qiye).with(csrf()).param("index", "2")
                .param("from", checkup.toString())).andExpect(flash().attribute("error", org.hamcrest.Matchers.notNullValue()));
        assertThat(jdbc.sql("select count(*) from casework_material where case_id = ?").param(theirs).query(Long.class).single())
                .isZero();
    }
}
