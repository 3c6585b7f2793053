package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.IntegrationTest;
import io.onewindow.identity.synthetic.SyntheticIdentities;
import io.onewindow.platform.OneWindowException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RegistrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Registrations registrations;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aCitizenRegistersAndTheIdNumberIsStoredProtected() throws Exception {
        String id = SyntheticIdentities.residentId("511181", LocalDate.of(1985, 6, 1), 357);
        mvc.perform(post("/register/citizen").with(csrf()).param("name", "杨帆").param("idNumber", id.toLowerCase())
                        .param("phone", "13912345678").param("username", "yangfan").param("password", "Emei2023ok"))
                .andExpect(redirectedUrl("/login"));

        Citizen citizen = people.citizenByIdNumber(id).orElseThrow();
        assertThat(citizen.maskedIdNumber()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(citizen.sex()).isEqualTo("男");
        assertThat(citizen.maskedPhone()).isEqualTo("139****5678");
        String stored = jdbc.sql("select encode(id_number_cipher, 'escape') from identity_citizen where id = ?")
                .param(citizen.id()).query(String.class).single();
        assertThat(stored).doesNotContain(id.substring(6, 14));
        String audited = jdbc.sql("select after_state from audit_entry where object_id = ? and action = 'CITIZEN_REGISTERED'")
                .param(citizen.id().toString()).query(String.class).single();
        assertThat(audited).doesNotContain(id).contains("********");
    }

    @Test
    void invalidIdNumberIsRefusedAndNothingIsStored() throws Exception {
        long citizens = count("identity_citizen");
        long accounts = count("identity_account");
        mvc.perform(post("/register/citizen").with(csrf()).param("name", "错号").param("idNumber", "110105194912310021")
                        .param("username", "wrongid").param("password", "Passw0rd1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("校验位错误")));
        assertThat(count("identity_citizen")).isEqualTo(citizens);
        assertThat(count("identity_account")).isEqualTo(accounts);
    }

    @Test
    void duplicatesAreRefusedWithAChineseMessage() {
        String id = SyntheticIdentities.residentId("511102", LocalDate.of(1979, 1, 9), 222);
        registrations.addCitizen(new NewCitizen("第一人", id, null));
        assertThatThrownBy(() -> registrations.addCitizen(new NewCitizen("第二人", id, null)))
                .isInstanceOf(OneWindowException.class).hasMessageContaining("已经注册");
        assertThatThrownBy(() -> registrations.registerCitizen(
                new NewCitizen("某人", SyntheticIdentities.residentId("511102", LocalDate.of(1979, 1, 9), 224), null),
                new NewLogin("ZhangSan", "Passw0rd1")))
                .isInstanceOf(OneWindowException.class).hasMessageContaining("已被使用");
    }

    @Test
    void overLongFieldsAreRefused() {
        String id = SyntheticIdentities.residentId("511102", LocalDate.of(1991, 2, 3), 111);
        assertThatThrownBy(() -> registrations.addCitizen(new NewCitizen("名".repeat(51), id, null)))
                .isInstanceOf(OneWindowException.class).hasMessageContaining("不能超过 50 个字");
        assertThat(people.citizenByIdNumber(id)).isEmpty();
    }

    @Test
    void anEnterpriseRegistersWithRegionAndTypeReadFromItsCode() {
        String code = SyntheticIdentities.creditCode("92", "511126", 777_777L);
        registrations.registerEnterprise(new NewEnterprise(code, "夹江县青衣茶叶经营部", "罗强", "f5225",
                SizeClass.MICRO, LocalDate.of(2019, 4, 2)), "罗强", new NewLogin("qingyi.tea", "Tea2019jj"));
        Enterprise e = people.enterpriseByCreditCode(code).orElseThrow();
        assertThat(e.regionCode()).isEqualTo("511126");
        assertThat(e.entityType()).isEqualTo("个体工商户");
        assertThat(e.industryCode()).isEqualTo("F5225");
    }

    @Test
    void enterpriseInputIsChecked() {
        String good = SyntheticIdentities.creditCode("91", "511102", 888_888L);
        assertThatThrownBy(() -> registrations.addEnterprise(new NewEnterprise("91350100M000100Y44", "甲", "乙", "C",
                SizeClass.SMALL, null))).hasMessageContaining("第18位校验码");
        assertThatThrownBy(() -> registrations.addEnterprise(new NewEnterprise(good, "甲", "乙", "Z99",
                SizeClass.SMALL, null))).hasMessageContaining("GB/T 4754");
        assertThatThrownBy(() -> registrations.addEnterprise(new NewEnterprise(good, "甲", "乙", "C",
                SizeClass.SMALL, LocalDate.now().plusDays(2)))).hasMessageContaining("不能晚于今天");
        assertThat(people.enterpriseByCreditCode(good)).isEmpty();
    }

    @Test
    void identifierEndpointsExplainWhatTheCodesSay() throws Exception {
        mvc.perform(get("/api/v1/identifiers/uscc/914403001922038216"))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.regionCode").value("440300"))
                .andExpect(jsonPath("$.entityTypeName").value("企业"));
        mvc.perform(get("/api/v1/identifiers/uscc/914403001922038217"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("第18位校验码应为")));
        mvc.perform(get("/api/v1/identifiers/resident-id/440524188001010014"))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.birthDate").value("1880-01-01"))
                .andExpect(jsonPath("$.sex").value("男"))
                .andExpect(jsonPath("$.number").value("440524********0014"));
        mvc.perform(get("/api/v1/identifiers/resident-id/440524188002300014"))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("出生日期")));
    }
}
