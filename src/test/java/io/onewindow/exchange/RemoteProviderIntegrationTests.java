package io.onewindow.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.sun.net.httpserver.HttpServer;
import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A department's own system as provider: a stub server on localhost that checks each request's SM2 signature against
 * the platform's published key. Up, it answers and the case is decided on its record; down, the applicant is asked
 * to upload at once with the reason, and after repeated failures the breaker stops calling it.
 */
@IntegrationTest
class RemoteProviderIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalog catalog;

    /** 张三's ID number, as the demo data makes it. */
    static final String ZHANGSAN_ID = io.onewindow.identity.synthetic.SyntheticIdentities.residentId("511102",
            java.time.LocalDate.of(1990, 3, 15), 123);

    final List<String> verifiedRequests = new CopyOnWriteArrayList<>();

    volatile int delayMillis;

    HttpServer stub(ECPublicKeyParameters platformKey) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(32));
        server.createContext("/hukou", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            SM2Signer verifier = new SM2Signer();
            verifier.init(false, platformKey);
            verifier.update(body, 0, body.length);
            boolean signed = verifier.verifySignature(Base64.getDecoder().decode(
                    exchange.getRequestHeaders().getFirst("X-OneWindow-Signature")));
            String request = new String(body, StandardCharsets.UTF_8);
            byte[] answer;
            int status = 200;
            if (!signed) {
                status = 401;
                answer = "{}".getBytes(StandardCharsets.UTF_8);
            } else {
                verifiedRequests.add(request);
                answer = (request.contains("\"subject\":\"" + ZHANGSAN_ID + "\"")
                        ? "{\"found\":true,\"record\":{\"姓名\":\"张三\",\"户籍地址\":\"四川省乐山市市中区\"}}"
                        : "{\"found\":false}").getBytes(StandardCharsets.UTF_8);
            }
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return server;
    }

    ECPublicKeyParameters platformKey() throws Exception {
        String json = mvc.perform(get("/api/v1/exchange/public-key")).andReturn().getResponse().getContentAsString();
        String hex = json.replaceAll(".*\"publicKey\":\"([0-9a-f]+)\".*", "$1");
        var curve = GMNamedCurves.getByName("sm2p256v1");
        return new ECPublicKeyParameters(curve.getCurve().decodePoint(HexFormat.of().parseHex(hex)),
                new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH()));
    }

    String apply(MockHttpSession who) throws Exception {
        String item = catalog.search(CatalogQuery.text("城乡居民基本医疗保险参保登记")).items().get(0).code();
        String draft = mvc.perform(post("/apply/" + item).session(who).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(draft.substring(draft.indexOf("/cases/") + "/cases/".length()));
        var flash = mvc.perform(post("/cases/" + id + "/form").session(who).with(csrf()).param("action", "submit")
                .param("idempotencyKey", "remote-" + UUID.randomUUID())).andReturn().getFlashMap();
        String status = jdbc.sql("select status from casework_case where id = ?").param(id).query(String.class).single();
        return status + " " + (flash.get("error") == null ? "" : flash.get("error"));
    }

    @Test
    void aSignedRemoteProviderDecidesAndOneThatIsDownAsksForAnUploadAtOnce() throws Exception {
        HttpServer server = stub(platformKey());
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hukou";
        jdbc.sql("update exchange_dataset set endpoint = ? where code = 'GA-HJXX'").param(url).update();
        MockHttpSession zhangsan = DemoLogins.session(mvc, "zhangsan");
        try {
            assertThat(apply(zhangsan)).startsWith("APPROVED");
            assertThat(verifiedRequests).anySatisfy(r -> assertThat(r).contains("\"dataset\":\"GA-HJXX\"")
                    .contains("\"subject\":\"" + ZHANGSAN_ID + "\""));

            server.stop(0);
            long[] millis = new long[5];
            String[] answers = new String[5];
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                answers[i] = apply(zhangsan);
                millis[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            System.out.printf("provider down: submissions answered in %s ms%n", java.util.Arrays.toString(millis));
            assertThat(answers[0]).startsWith("DRAFT").contains("“户籍信息”未能从乐山市公安局获取（乐山市公安局的系统暂时无法访问：无法连接），请上传该材料");
            assertThat(answers[4]).as("the breaker is open: the system is not called at all").contains("连续多次无响应，暂停调用 30 秒");
            assertThat(jdbc.sql("select count(*) from exchange_query where dataset_code = 'GA-HJXX' and result = 'UNAVAILABLE'")
                    .query(Long.class).single()).isGreaterThanOrEqualTo(5);
        } finally {
            server.stop(0);
            jdbc.sql("update exchange_dataset set endpoint = null where code = 'GA-HJXX'").update();
        }
    }

    /**
     * More applicants at once than the database pool has connections, each waiting 0.8 s for a slow provider: no
     * connection is held while a provider is asked, so every one is answered (a fetch inside the submission's
     * transaction, with the query log's own transaction needing a second connection, would drain the pool).
     */
    @Test
    void aSlowProviderDoesNotDrainTheConnectionPool() throws Exception {
        HttpServer server = stub(platformKey());
        delayMillis = 800;
        jdbc.sql("update exchange_dataset set endpoint = ? where code = 'GA-HJXX'")
                .param("http://127.0.0.1:" + server.getAddress().getPort() + "/hukou").update();
        MockHttpSession zhangsan = DemoLogins.session(mvc, "zhangsan");
        String item = catalog.search(CatalogQuery.text("城乡居民基本医疗保险参保登记")).items().get(0).code();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            long t0 = System.nanoTime();
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String key = "slow-provider-" + UUID.randomUUID();
                answers.add(pool.submit(() -> mvc.perform(post("/api/v1/cases").session(zhangsan).with(csrf())
                        .header("Idempotency-Key", key).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"itemCode\":\"" + item + "\",\"form\":{}}")).andReturn().getResponse().getStatus()));
            }
            for (var a : answers) {
                assertThat(a.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(201);
            }
            System.out.printf("16 submissions at once with a provider answering in 0.8 s: all answered in %d ms%n",
                    (System.nanoTime() - t0) / 1_000_000);
        } finally {
            pool.shutdownNow();
            delayMillis = 0;
            server.stop(0);
            jdbc.sql("update exchange_dataset set endpoint = null where code = 'GA-HJXX'").update();
        }
    }
}
