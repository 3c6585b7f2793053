package io.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Durability settings and the shape of every error, over MockMvc and over real HTTP through Tomcat. */
@IntegrationTest
class ReliabilityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"fsync", "synchronous_commit", "full_page_writes"})
    void theEmbeddedPostgresqlWritesDurably(String setting) {
        assertThat(jdbc.sql("select current_setting('" + setting + "')").query(String.class).single()).isEqualTo("on");
    }

    @Test
    void tomcatsOwnRejectionsSpeakChineseAndProblemJsonUnderTheApi() throws Exception {
        for (String path : new String[] {"/api/v1/catalog/items%2Fx", "/api/v1/catalog/%00x"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(r.body()).contains("\"code\":\"BAD_REQUEST\"").contains("请求地址或格式不正确");
        }
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/services%2Fx")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("出错了").doesNotContain("Apache Tomcat").doesNotContain("HTTP Status");
    }

    @Test
    void anUnknownApiPathIsAProblemAndAnUnknownPageIsThePageEvenWhenSignedIn() throws Exception {
        mvc.perform(get("/api/v1/calendar/nothing-here")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("不存在")));
        var citizen = DemoLogins.session(mvc, "zhangsan");
        mvc.perform(get("/no-such-page").session(citizen)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(Matchers.containsString("<h1>未找到</h1>")));
    }

    @Test
    void theErrorPageHeadingIsTheErrorNotTheTitleTag() throws Exception {
        String page = mvc.perform(get("/forbidden").session(DemoLogins.session(mvc, "zhangsan")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>无权访问</h1>").doesNotContain("&lt;title&gt;");
    }

    @Test
    void unboundedPagingAndNulBytesAreRefusedBeforeAnyBusinessCode() throws Exception {
        mvc.perform(get("/api/v1/catalog/items").param("page", "2147483647")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INPUT_REJECTED"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("page")));
        mvc.perform(get("/services").param("page", "2147483647")).andExpect(status().isBadRequest());
        mvc.perform(get("/lookup").param("number", "511100\u0000").param("tail", "1234")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/calendar/days/2023-02-30")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("真实存在的日期")));
    }

    @Test
    void anOversizedUploadIsA413WithTheLimitsInChineseNotAForbiddenPage() throws Exception {
        String boundary = "----onewindow-test";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] body = new byte[head.length + 21 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/12345"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("上传内容过大").contains("20MB").doesNotContain("无权访问");
    }
}
