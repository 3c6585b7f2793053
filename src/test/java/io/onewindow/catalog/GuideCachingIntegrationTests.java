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

    @Autowired
    org.springframework.cache.CacheManager caches;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anAnonymousGuidePageIsRenderedOnceAndOpensNoSession() throws Exception {
        String code = catalog.search(CatalogQuery.text("个体工商户")).items().get(0).code();
        int sessions = jdbc.sql("select count(*) from spring_session").query(Integer.class).single();
        var first = mvc.perform(get("/services/" + code)).andExpect(status().isOk()).andReturn();
        assertThat(first.getRequest().getSession(false)).as("no session for an anonymous visitor").isNull();
        assertThat(first.getResponse().getHeader("Set-Cookie")).isNull();
        String etag = first.getResponse().getHeader("ETag");
        @SuppressWarnings("unchecked")
        var cached = (com.github.benmanes.caffeine.cache.Cache<Object, Object>) caches.getCache("guide-pages").getNativeCache();
        assertThat(cached.getIfPresent(etag)).isEqualTo(first.getResponse().getContentAsString());
        assertThat(mvc.perform(get("/services/" + code)).andReturn().getResponse().getContentAsString())
                .isEqualTo(first.getResponse().getContentAsString());
        assertThat(jdbc.sql("select count(*) from spring_session").query(Integer.class).single()).isEqualTo(sessions);
    }

    @Test
    void aVisitorWhoHasThePublishedVersionGetsNotModified() throws Exception {
        String code = catalog.search(CatalogQuery.text("食品经营许可")).items().get(0).code();
        var page = mvc.perform(get("/services/" + code)).andExpect(status().isOk()).andExpect(header().exists("ETag"))
                .andReturn().getResponse();
        String etag = page.getHeader("ETag");
        assertThat(etag).contains(code + "-v");
        mvc.perform(get("/services/" + code).header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get("/services/" + code).header("If-None-Match", "\"" + code + "-v999\"")).andExpect(status().isOk());
        // a signed-in page carries the person's name and the 代理申请 form: always rendered, never stored
        String signedIn = mvc.perform(get("/services/" + code).header("If-None-Match", etag)
                .session(DemoLogins.session(mvc, "zhangsan"))).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store")).andReturn().getResponse().getContentAsString();
        assertThat(signedIn).contains("张三").contains("apply-for").contains("_csrf");
        // and the anonymous page served after it is still the anonymous one, from the cache
        assertThat(mvc.perform(get("/services/" + code)).andReturn().getResponse().getContentAsString())
                .isEqualTo(page.getContentAsString()).doesNotContain("张三");
        for (String part : new String[] {"/flowchart.svg", "/guide.pdf"}) {
            String tag = mvc.perform(get("/services/" + code + part)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
            assertThat(tag).as(part).isNotNull();
            mvc.perform(get("/services/" + code + part).header("If-None-Match", tag)).andExpect(status().isNotModified());
        }
        assertThat(page.getContentAsString()).contains("请先").doesNotContain("apply-for").doesNotContain("_csrf");
        // styles and scripts are linked by content hash and kept a year
        String html = page.getContentAsString();
        String css = html.replaceAll("(?s).*href=\"(/css/onewindow-[0-9a-f]{32}\\.css)\".*", "$1");
        assertThat(css).startsWith("/css/onewindow-");
        mvc.perform(get(css)).andExpect(status().isOk()).andExpect(header().string("Cache-Control", "max-age=31536000, public"));
    }
}
