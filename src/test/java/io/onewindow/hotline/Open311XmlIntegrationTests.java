package io.onewindow.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.onewindow.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * GeoReport v2 in XML, the spec's required format, for every endpoint, checked against the element shapes the spec
 * lists (root, item, fields), and every error in the spec's error format — also for paths that do not exist.
 */
@IntegrationTest
class Open311XmlIntegrationTests {

    static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static Document xml(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).isEqualTo("text/xml;charset=UTF-8");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    @Test
    void everyEndpointAnswersInTheShapesTheSpecGives() throws Exception {
        Document discovery = xml(mvc.perform(get("/open311/discovery.xml")).andReturn().getResponse());
        Element endpoint = children(children(discovery.getDocumentElement(), "endpoints").get(0), "endpoint").get(0);
        assertThat(discovery.getDocumentElement().getTagName()).isEqualTo("discovery");
        assertThat(children(children(endpoint, "formats").get(0), "format")).extracting(Element::getTextContent)
                .contains("text/xml", "application/json");

        Document services = xml(mvc.perform(get("/open311/v2/services.xml")).andReturn().getResponse());
        assertThat(services.getDocumentElement().getTagName()).isEqualTo("services");
        List<Element> all = children(services.getDocumentElement(), "service");
        assertThat(all).isNotEmpty().allSatisfy(s -> {
            for (String field : List.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group")) {
                assertThat(children(s, field)).as(field).hasSize(1);
            }
        });

        Document definition = xml(mvc.perform(get("/open311/v2/services/CSGL-DL.xml")).andReturn().getResponse());
        Element attribute = children(children(definition.getDocumentElement(), "attributes").get(0), "attribute").get(0);
        assertThat(text(attribute, "code")).isEqualTo("district");
        assertThat(text(attribute, "datatype")).isEqualTo("singlevaluelist");
        assertThat(children(children(attribute, "values").get(0), "value")).extracting(v -> text(v, "key")).contains("511102");

        // optional fields are used: address_id locates it, attribute[district] places it, no description is fine
        MockHttpServletResponse created = mvc.perform(post("/open311/v2/requests.xml").param("api_key", "leshan-open311-demo")
                .param("service_code", "CSGL-DL").param("address_id", "LS-0001-88").param("attribute[district]", "511102")
                .param("first_name", "芳").param("last_name", "陈").param("phone", "13812345678")).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        String id = text(children(xml(created).getDocumentElement(), "request").get(0), "service_request_id");
        assertThat(jdbc.sql("select region_id from hotline_order where number = ?").param(id).query(String.class).single())
                .isEqualTo("511102");

        Document one = xml(mvc.perform(get("/open311/v2/requests/" + id + ".xml")).andReturn().getResponse());
        assertThat(one.getDocumentElement().getTagName()).isEqualTo("service_requests");
        Element request = children(one.getDocumentElement(), "request").get(0);
        REQUEST_FIELDS.forEach(field -> assertThat(children(request, field)).as(field).hasSize(1));
        assertThat(text(request, "address")).isEqualTo("地址编号 LS-0001-88");
        assertThat(request.getTextContent()).doesNotContain("13812345678");
        Document list = xml(mvc.perform(get("/open311/v2/requests.xml").param("service_request_id", id)).andReturn().getResponse());
        assertThat(children(list.getDocumentElement(), "request")).hasSize(1);
        Document token = xml(mvc.perform(get("/open311/v2/tokens/" + id + ".xml")).andReturn().getResponse());
        assertThat(text(children(token.getDocumentElement(), "request").get(0), "service_request_id")).isEqualTo(id);

        MockHttpServletResponse json = mvc.perform(get("/open311/v2/services.json")).andReturn().getResponse();
        assertThat(json.getContentType()).isEqualTo("application/json;charset=UTF-8");
    }

    @Test
    void everyErrorIsInTheSpecsFormatAndNoFieldIsSilentlyDropped() throws Exception {
        for (String[] call : new String[][] {{"email", "a@b.cn", "email"}, {"device_id", "x1", "device_id"},
            {"attribute[colour]", "red", "未定义的属性 attribute[colour]"}, {"attribute[district]", "110101", "attribute[district]"},
            {"foo", "bar", "不认识的参数 foo"}}) {
            MockHttpServletResponse r = mvc.perform(post("/open311/v2/requests.xml").param("api_key", "leshan-open311-demo")
                    .param("service_code", "CSGL-DL").param("address_string", "嘉州大道").param(call[0], call[1]))
                    .andReturn().getResponse();
            assertThat(r.getStatus()).as(call[0]).isEqualTo(400);
            Element error = children(xml(r).getDocumentElement(), "error").get(0);
            assertThat(text(error, "code")).isEqualTo("400");
            assertThat(text(error, "description")).contains(call[2]);
        }
        for (String path : new String[] {"/open311/v2/requests/RX00000000000000.xml", "/open311/v2/services/NOPE.xml",
            "/open311/v2/tokens/NOPE.xml", "/open311/v2/nothing-here.xml"}) {
            MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(404);
            Document errors = xml(r);
            assertThat(errors.getDocumentElement().getTagName()).as(path).isEqualTo("errors");
            assertThat(text(children(errors.getDocumentElement(), "error").get(0), "code")).isEqualTo("404");
        }
        MockHttpServletResponse forbidden = mvc.perform(post("/open311/v2/requests.xml").param("service_code", "CSGL-DL")
                .param("address_string", "x")).andReturn().getResponse();
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(text(children(xml(forbidden).getDocumentElement(), "error").get(0), "code")).isEqualTo("403");
    }
}
