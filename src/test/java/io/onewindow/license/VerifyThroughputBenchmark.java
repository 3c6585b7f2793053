package io.onewindow.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.onewindow.IntegrationTest;
import io.onewindow.license.internal.LicenseTokens;
import io.onewindow.license.internal.Seals;
import io.onewindow.license.internal.Sm2;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Licence verification (the service, and the API through the full web stack) as a ratio to raw Bouncy Castle SM2
 * verification of the same token in the same JVM, alternating rounds. Not in the suite; run with
 * {@code mvn test -Dtest=VerifyThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (or bench/verify.sh).
 */
@IntegrationTest
class VerifyThroughputBenchmark {

    private static final int N = 2_000;

    @Autowired
    Licenses licenses;

    @Autowired
    Seals seals;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void verificationAgainstRawSm2() throws Exception {
        String id = jdbc.sql("select id from license_license where status = 'VALID' and (valid_until is null or valid_until > current_date) limit 1")
                .query(String.class).single();
        var license = licenses.ofHolder(jdbc.sql("select holder_id from license_license where id = ?").param(id)
                .query(java.util.UUID.class).single()).stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
        String token = license.token();
        var parsed = LicenseTokens.parse(token);
        PublicKey key = Sm2.publicKey(seals.byKeyId(parsed.keyId()).orElseThrow().publicKeyHex());
        byte[] message = parsed.payload().getBytes(StandardCharsets.UTF_8);
        String body = "{\"token\":\"" + token + "\"}";
        double raw = 0;
        double service = 0;
        double api = 0;
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < N; i++) {
                assertThat(Sm2.verify(key, message, parsed.signature())).isTrue();
            }
            double r = N / ((System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            for (int i = 0; i < N; i++) {
                licenses.verify(token);
            }
            double s = N / ((System.nanoTime() - t1) / 1e9);
            long t2 = System.nanoTime();
            for (int i = 0; i < N / 4; i++) {
                mvc.perform(post("/api/v1/licenses/verify").contentType(MediaType.APPLICATION_JSON).content(body));
            }
            double a = (N / 4) / ((System.nanoTime() - t2) / 1e9);
            if (round > 0) {
                raw += r;
                service += s;
                api += a;
                System.out.printf("round %d: raw SM2 verify %.0f/s, Licenses.verify %.0f/s (%.2f), API %.0f/s (%.2f)%n",
                        round, r, s, s / r, a, a / r);
            }
        }
        System.out.printf("VERIFY: raw SM2 %.0f/s; service %.0f/s, ratio %.2f; API (MockMvc, full web stack) %.0f/s, ratio %.2f%n",
                raw / 3, service / 3, service / raw, api / 3, api / raw);
    }
}
