package io.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.IntegrationTest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CatalogSeedIntegrationTests {

    @Autowired
    Catalog catalog;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void atLeastFortyRealItemsArePublishedWithEveryFlagAndProcessShape() {
        CatalogFigures figures = catalog.figures();
        assertThat(figures.publishedItems()).isGreaterThanOrEqualTo(40);
        for (ServiceFlag flag : ServiceFlag.values()) {
            assertThat(figures.byFlag().get(flag)).as(flag.label()).isGreaterThanOrEqualTo(3);
        }
        var shapes = jdbc.sql("select distinct guide->>'processShape' from catalog_current").query(String.class).list();
        assertThat(shapes).contains("INSTANT", "SIMPLE", "MULTI_STEP", "JOINT_REVIEW");
        assertThat(figures.comprehensiveWindowShare()).isGreaterThan(0.5);
    }

    @ParameterizedTest
    @CsvSource({"开饭店,食品经营许可", "生孩子,出生医学证明办理", "开公司,企业设立登记（有限责任公司）", "迁户口,户口迁移（市内迁移）",
        "药店,药品零售企业许可", "食品经营,食品经营许可", "社保卡,社会保障卡申领", "去重庆看病,异地就医备案"})
    void commonWordingFindsTheRightItemFirst(String words, String expected) {
        SearchPage page = catalog.search(CatalogQuery.text(words));
        assertThat(page.items()).isNotEmpty();
        assertThat(page.items().get(0).name()).isEqualTo(expected);
    }

    @Test
    void browsingByAudienceAndLifeEvent() {
        SearchPage birth = catalog.search(new CatalogQuery(null, Audience.CITIZEN, null, null, "出生", null, 0, 50));
        assertThat(birth.items()).extracting(ItemSummary::name).contains("出生医学证明办理", "城乡居民基本医疗保险参保登记")
                .allMatch(n -> !n.contains("企业"));
        SearchPage setUp = catalog.search(new CatalogQuery(null, Audience.ENTERPRISE, null, null, "设立", null, 0, 50));
        assertThat(setUp.items()).extracting(ItemSummary::name).contains("企业设立登记（有限责任公司）", "个体工商户设立登记");
    }

    @Test
    void apiListsAndShowsPublishedItems() throws Exception {
        mvc.perform(get("/api/v1/catalog/items").param("q", "开饭店"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("食品经营许可"))
                .andExpect(jsonPath("$.total").isNumber());
        String code = catalog.search(CatalogQuery.text("食品经营许可")).items().get(0).code();
        mvc.perform(get("/api/v1/catalog/items/" + code))
                .andExpect(jsonPath("$.guide.materials[1].source").value("E_LICENSE"))
                .andExpect(jsonPath("$.guide.materials[1].sourceRef").value("营业执照"))
                .andExpect(jsonPath("$.guide.statutoryDays").value(10))
                .andExpect(jsonPath("$.flowchartUrl").value("/services/" + code + "/flowchart.svg?version=1"));
        mvc.perform(get("/services/" + code + "/flowchart.svg"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.startsWith("<svg")));
        mvc.perform(get("/api/v1/catalog/items/NO-SUCH-CODE")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CATALOG_ITEM_NOT_FOUND"));
        mvc.perform(get("/api/v1/catalog/items").param("flag", "NOT_A_FLAG")).andExpect(status().isBadRequest());
    }

    @Test
    void theGuideIsAlsoAPdfInAnEmbeddedChineseFont() throws Exception {
        String code = catalog.search(CatalogQuery.text("建筑工程施工许可证核发")).items().get(0).code();
        byte[] pdf = mvc.perform(get("/services/" + code + "/guide.pdf")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("建筑工程施工许可证核发 办事指南").contains("施工合同").contains("会审").contains("决定").doesNotContain("\uFFFD");
            var font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("NotoSansSC");
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void targetsPageShowsLiveFigures() throws Exception {
        String counts = Arrays.stream(ServiceFlag.values()).map(f -> String.valueOf(catalog.figures().byFlag().get(f)))
                .collect(Collectors.joining("|"));
        mvc.perform(get("/services/targets")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("data-counts=\"" + counts + "\"")));
    }
}
