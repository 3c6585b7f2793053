package io.onewindow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.IntegrationTest;
import io.onewindow.organization.internal.OrganizationAdministration;
import io.onewindow.platform.OneWindowException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OrganizationIntegrationTests {

    @Autowired
    Organization organization;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void leshanHasElevenCountyLevelUnitsAndTheHighTechZone() {
        assertThat(organization.regions()).hasSize(13);
        assertThat(organization.regions()).filteredOn(r -> r.level() == Region.Level.COUNTY).hasSize(11);
        Region zone = organization.region("LSGXQ").orElseThrow();
        assertThat(zone.gbCode()).isNull();
        assertThat(zone.level()).isEqualTo(Region.Level.FUNCTIONAL_ZONE);
    }

    @Test
    void regionsAreFoundByCodeNotByName() {
        assertThat(organization.regionByGbCode("511102")).map(Region::name).contains("市中区");
        assertThat(organization.regionByGbCode("511002")).isEmpty(); // 内江市市中区 is not Leshan's
        assertThat(organization.regionByGbCode("511181")).map(Region::name).contains("峨眉山市");
    }

    @Test
    void publicApiListsRegionsAndRefusesUnknownCodes() throws Exception {
        mvc.perform(get("/api/v1/organization/regions/511133")).andExpect(jsonPath("$.name").value("马边彝族自治县"));
        mvc.perform(get("/api/v1/organization/regions/511002")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ORG_REGION_NOT_FOUND"));
    }

    @Test
    void everyCityHallHasComprehensiveWindows() {
        assertThat(organization.windows(new HallId("511100-ZWFW")))
                .filteredOn(w -> w.kind() == ServiceWindow.Kind.COMPREHENSIVE).hasSize(8);
        assertThat(organization.departments("511100")).extracting(Department::name)
                .contains("乐山市市场监督管理局", "乐山市公安局", "乐山市人力资源和社会保障局", "乐山市政务服务和大数据管理局");
    }

    @Test
    @WithMockUser(username = "admin", roles = "SYS_ADMIN")
    void departmentsAreCreatedAuditedAndValidated() {
        Department d = administration.createDepartment("511124", "tyj", "井研县文化体育和旅游局", "文体旅局");
        assertThat(d.id().value()).isEqualTo("511124-TYJ");
        assertThat(jdbc.sql("select actor from audit_entry where object_id = '511124-TYJ'").query(String.class).single())
                .isEqualTo("admin");
        assertThatThrownBy(() -> administration.createDepartment("511124", "TYJ", "另一个", "x"))
                .isInstanceOf(OneWindowException.class).hasMessageContaining("已有");
        assertThatThrownBy(() -> administration.createDepartment("511124", "文体", "名称", "x"))
                .hasMessageContaining("部门代码");
        assertThatThrownBy(() -> administration.createDepartment("999999", "ABC", "名称", "x"))
                .hasMessageContaining("行政区划");
        assertThatThrownBy(() -> administration.addWindow(new HallId("511124-ZWFW"), "B09",
                ServiceWindow.Kind.SPECIALIZED, null)).hasMessageContaining("专业窗口须指定");
    }
}
