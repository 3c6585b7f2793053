package io.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.IntegrationTest;
import io.onewindow.catalog.internal.ExcelCatalogFile;
import io.onewindow.catalog.internal.TransferItem;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class CatalogTransferIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private MockHttpSession login(String username) throws Exception {
        return io.onewindow.DemoLogins.session(mvc, username);
    }

    private long versions() {
        return jdbc.sql("select count(*) from catalog_item_version").query(Long.class).single();
    }

    private List<TransferItem> exported(MockHttpSession session) throws Exception {
        byte[] xlsx = mvc.perform(get("/catalog/manage/export.xlsx").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        return List.copyOf(ExcelCatalogFile.read(new ByteArrayInputStream(xlsx)).values());
    }

    private static TransferItem withDays(TransferItem t, String code, String name, String days) {
        return new TransferItem(code, name, t.type(), t.departmentId(), t.audience(), t.lifeEvents(), t.keywords(),
                t.legalBasis(), t.conditions(), t.materials(), days, t.promisedDays(), t.fees(), t.result(),
                t.resultLicenseType(), t.validity(), t.location(), t.hours(), t.enquiryPhone(), t.complaintPhone(),
                t.supervisor(), t.visits(), t.flags(), t.form(), t.faq(), t.bpmnXml());
    }

    private MockMultipartFile xlsx(List<TransferItem> items) throws Exception {
        return new MockMultipartFile("file", "清单.xlsx", "application/octet-stream", ExcelCatalogFile.write(items));
    }

    @Test
    void exportThenImportRoundTripsAndCreatesDrafts() throws Exception {
        MockHttpSession city = login("zwadmin");
        List<TransferItem> items = exported(city);
        assertThat(items).hasSizeGreaterThanOrEqualTo(40);
        TransferItem food = items.stream().filter(i -> i.name().equals("公共场所卫生许可")).findFirst().orElseThrow();

        mvc.perform(multipart("/catalog/manage/import").file(xlsx(List.of(withDays(food, food.code(), food.name(), "18"),
                        withDays(food, "", "公共场所卫生许可（告知承诺）", "10")))).session(city).with(csrf()))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已导入 2 个事项")));

        var draft = jdbc.sql("select guide->>'statutoryDays' from catalog_item_version v join catalog_item i on i.id = v.item_id "
                + "where i.code = ? and v.status = 'DRAFT'").param(food.code()).query(String.class).single();
        assertThat(draft).isEqualTo("18");
        assertThat(catalog.published(food.code()).orElseThrow().guide().statutoryDays()).isEqualTo(20);
    }

    @Test
    void anImportWithOneBadRowStoresNothing() throws Exception {
        MockHttpSession city = login("zwadmin");
        TransferItem good = exported(city).get(0);
        long before = versions();
        mvc.perform(multipart("/catalog/manage/import").file(xlsx(List.of(withDays(good, "", "新事项甲", "10"),
                        withDays(good, "", "新事项乙", "0")))).session(city).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("导入未执行"),
                        org.hamcrest.Matchers.containsString("第 3 行"),
                        org.hamcrest.Matchers.containsString("法定办结时限"))));
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void wrongColumnsAndWrongFilesAreRefused() throws Exception {
        MockHttpSession city = login("zwadmin");
        XSSFWorkbook book = new XSSFWorkbook();
        var row = book.createSheet("事项清单").createRow(0);
        row.createCell(0).setCellValue("名称");
        row.createCell(1).setCellValue("部门");
        var out = new java.io.ByteArrayOutputStream();
        book.write(out);
        long before = versions();
        mvc.perform(multipart("/catalog/manage/import").file(new MockMultipartFile("file", "x.xlsx", null, out.toByteArray()))
                        .session(city).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("第 1 列应为“事项编码”")));
        mvc.perform(multipart("/catalog/manage/import").file(new MockMultipartFile("file", "x.csv", null, "a,b".getBytes()))
                        .session(city).with(csrf()))
                .andExpect(flash().attribute("error", "只支持 .xlsx 或 .json 文件"));
        mvc.perform(multipart("/catalog/manage/import").file(new MockMultipartFile("file", "x.json", null, "{oops".getBytes()))
                        .session(city).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("JSON 文件格式不正确")));
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void jsonImportAndDepartmentLimits() throws Exception {
        MockHttpSession department = login("deptadmin");
        byte[] all = mvc.perform(get("/catalog/manage/export.json").session(department)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        TransferItem[] items = json.readValue(all, TransferItem[].class);
        TransferItem market = java.util.Arrays.stream(items).filter(i -> i.departmentId().equals("511100-SCJGJ")).findFirst().orElseThrow();
        TransferItem health = java.util.Arrays.stream(items).filter(i -> i.departmentId().equals("511100-WJW")).findFirst().orElseThrow();

        byte[] other = json.writeValueAsBytes(List.of(withDays(health, "", "越权导入", "10")));
        mvc.perform(multipart("/catalog/manage/import").file(new MockMultipartFile("file", "x.json", null, other))
                        .session(department).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("无权维护部门")));

        byte[] own = json.writeValueAsBytes(List.of(withDays(market, "", "市场监管导入事项", "12")));
        mvc.perform(multipart("/catalog/manage/import").file(new MockMultipartFile("file", "x.json", null, own))
                        .session(department).with(csrf()))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已导入 1 个事项")));
        assertThat(jdbc.sql("select count(*) from catalog_item_version where guide->>'name' = '市场监管导入事项' and status = 'DRAFT'")
                .query(Long.class).single()).isEqualTo(1);
    }
}
