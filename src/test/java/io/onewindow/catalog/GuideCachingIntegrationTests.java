package io.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A published version never changes: guide page, flowchart and PDF are validated by ETag, static files by hash. */
@IntegrationTest
class GuideCachingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Test
    void aVisitorWhoHasThePublishedVersionGetsNotModified() throws Exception {
        String code = catalog.search(CatalogQuery.text("食品经营许可")).items().get(0).code();
        var page = mvc.perform(get("/services/" + code)).andExpect(status().isOk()).andExpect(header().exists("ETag"))
                .andReturn().getResponse();
        String etag = page.getHeader("ETag");
        assertThat(etag).contains(code + "-v");
        mvc.perform(get("/services/" + code).header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get("/services/" + code).header("If-None-Match", "\"" + code + "-v999\"")).andExpect(status().isOk());
        // a signed-in page carries the person's name: always rendered
        mvc.perform(get("/services/" + code).header("If-None-Match", etag).session(DemoLogins.session(mvc, "zhangsan")))
                .andExpect(status().isOk());
        for (String part : new String[] {"/flowchart.svg", "/guide.pdf"}) {
            String tag = mvc.perform(get("/services/" + code + part)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
            assertThat(tag).as(part).isNotNull();
            mvc.perform(get("/services/" + code + part).header("If-None-Match", tag)).andExpect(status().isNotModified());
        }
        // styles and scripts are linked by content hash and kept a year
        String html = page.getContentAsString();
        String css = html.replaceAll("(?s).*href=\"(/css/onewindow-[0-9a-f]{32}\\.css)\".*", "$1");
        assertThat(css).startsWith("/css/onewindow-");
        mvc.perform(get(css)).andExpect(status().isOk()).andExpect(header().string("Cache-Control", "max-age=31536000, public"));
    }
}
