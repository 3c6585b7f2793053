package io.onewindow.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onewindow.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Speaks GeoReport v2 over real HTTP as a civic app would: discovery, services, post a request, get it back. */
@IntegrationTest
class Open311ClientTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void discoveryServicesPostAndGet() throws Exception {
        JsonNode discovery = json.readTree(get("http://localhost:" + port + "/open311/discovery.json").body());
        JsonNode endpoint = discovery.get("endpoints").get(0);
        assertThat(endpoint.get("specification").asText()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        String base = endpoint.get("url").asText();

        JsonNode services = json.readTree(get(base + "services.json").body());
        JsonNode roads = null;
        for (JsonNode s : services) {
            assertThat(s.has("service_code") && s.has("service_name") && s.has("metadata") && s.has("type")).isTrue();
            if (s.get("service_name").asText().equals("道路设施")) {
                roads = s;
            }
        }
        assertThat(roads).isNotNull();
        String code = roads.get("service_code").asText();

        HttpResponse<String> created = post(base + "requests.json", Map.of("api_key", "leshan-open311-demo", "service_code", code,
                "lat", "29.552115", "long", "103.765568", "address_string", "市中区嘉定北路 88 号门前",
                "description", "人行道地砖松动翘起，老人容易绊倒", "first_name", "芳", "last_name", "陈", "phone", "13812345678"));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = json.readTree(created.body()).get(0).get("service_request_id").asText();
        assertThat(id).startsWith("RX");

        JsonNode one = json.readTree(get(base + "requests/" + id + ".json").body()).get(0);
        assertThat(one.get("service_request_id").asText()).isEqualTo(id);
        assertThat(one.get("status").asText()).isEqualTo("open");
        assertThat(one.get("service_code").asText()).isEqualTo(code);
        assertThat(one.get("lat").asDouble()).isEqualTo(29.552115);
        assertThat(one.get("long").asDouble()).isEqualTo(103.765568);
        assertThat(one.get("requested_datetime").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*\\+08:00");
        assertThat(one.toString()).doesNotContain("13812345678");
        JsonNode listed = json.readTree(get(base + "requests.json?service_request_id=" + id).body());
        assertThat(listed).hasSize(1);
        assertThat(json.readTree(get(base + "requests.json?status=open&service_code=" + code).body()).toString()).contains(id);
    }

    @Test
    void malformedRequestsGetTheSpecsErrorFormat() throws Exception {
        String base = "http://localhost:" + port + "/open311/v2/";
        var noKey = post(base + "requests.json", Map.of("service_code", "CSGL-DL", "address_string", "x", "description", "y"));
        assertThat(noKey.statusCode()).isEqualTo(403);
        assertThat(json.readTree(noKey.body()).get(0).get("code").asInt()).isEqualTo(403);

        var noCode = post(base + "requests.json", Map.of("api_key", "leshan-open311-demo", "address_string", "x"));
        assertThat(noCode.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noCode.body()).get(0).get("description").asText()).contains("service_code");

        var unknown = post(base + "requests.json", Map.of("api_key", "leshan-open311-demo", "service_code", "NOPE",
                "address_string", "x", "description", "y"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).get(0).get("description").asText()).isEqualTo("service_code NOPE 不存在，可用的服务见 services.xml");

        var badLat = post(base + "requests.json", Map.of("api_key", "leshan-open311-demo", "service_code", "CSGL-DL",
                "lat", "north", "long", "103.7", "description", "y"));
        assertThat(badLat.statusCode()).isEqualTo(400);

        var missing = get(base + "requests/RX00000000000000.json");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).get(0).get("code").asInt()).isEqualTo(404);
    }
}
