package io.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.platform.PersonalDataProtector;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 数据密钥轮换 over the whole suite's database: every sealed value (bytea columns and the sealed values inside
 * application forms) moves to the new key, lookups by ID number keep working with the kept lookup key, the old key
 * alone opens nothing afterwards, an interrupted rotation resumes, and a second run changes nothing. The test rotates
 * back at the end, so the rest of the suite keeps its key.
 */
@IntegrationTest
class DataKeyRotationIntegrationTests {

    static final byte[] SUITE_KEY = Base64.getDecoder().decode("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

    @Autowired
    DataKeyRotation rotation;

    @Autowired
    PersonalDataProtector suite;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void everySealedValueMovesToTheNewKeyAndLookupsKeepWorking() throws Exception {
        // a draft application: its form holds the applicant's ID number and phone, sealed
        String item = jdbc.sql("select code from catalog_current where guide->>'name' = '城镇职工基本养老保险关系转移接续'").query(String.class).single();
        var zhangsan = DemoLogins.session(mvc, "zhangsan");
        String draft = mvc.perform(post("/apply/" + item).session(zhangsan).with(csrf())).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(draft).as("a draft was opened").contains("/cases/");
        mvc.perform(post(draft.substring(draft.indexOf("/cases/")) + "/form").session(zhangsan).with(csrf())
                .param("f.phone", "13800000001").param("f.email", "zhangsan@example.com"));
        assertThat(jdbc.sql("select count(*) from casework_case where form_data::text like '%sm4:%'").query(Long.class).single())
                .isPositive();

        byte[] newKey = new byte[32];
        new SecureRandom().nextBytes(newKey);
        PersonalDataProtector forward = new PersonalDataProtector(newKey, SUITE_KEY, null);
        try {
            // interrupted after its first batch, then run again: it resumes
            List<String> lines = new ArrayList<>();
            assertThatThrownBy(() -> rotation.rotate(forward, line -> {
                lines.add(line);
                throw new IllegalStateException("stopped");
            })).hasMessage("stopped");
            DataKeyRotation.Result rest = rotation.rotate(forward, lines::add);
            assertThat(rest.alreadyCurrent()).as("the interrupted run's work is recognised").isPositive();
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("identity_citizen.id_number_cipher："));
            assertThat(rotation.rotate(forward, l -> { }).resealed()).as("a second run changes nothing").isZero();

            // after: the new key and the kept lookup key alone read everything, and find people by ID number
            PersonalDataProtector after = new PersonalDataProtector(newKey, null, forward.lookupKey());
            List<Map<String, Object>> citizens = jdbc.sql("select id_number_cipher, id_number_hash, phone_cipher from identity_citizen")
                    .query().listOfRows();
            assertThat(citizens).hasSizeGreaterThanOrEqualTo(50);
            for (Map<String, Object> c : citizens) {
                String idNumber = after.decrypt((byte[]) c.get("id_number_cipher"));
                assertThat(after.lookupHash(idNumber)).isEqualTo(c.get("id_number_hash"));
                if (c.get("phone_cipher") != null) {
                    assertThat(after.decrypt((byte[]) c.get("phone_cipher"))).matches("1[3-9]\\d{9}");
                }
            }
            byte[] seal = jdbc.sql("select private_key_cipher from license_ca").query(byte[].class).single();
            assertThat(after.sealedWithCurrentKey(seal)).isTrue();
            assertThatThrownBy(() -> suite.decrypt(seal)).as("the old key alone opens nothing any more")
                    .isInstanceOf(IllegalStateException.class);
            Matcher sealedInForm = Pattern.compile("sm4:([A-Za-z0-9+/=]+)").matcher(String.join(" ",
                    jdbc.sql("select form_data::text from casework_case where form_data::text like '%sm4:%'").query(String.class).list()));
            int forms = 0;
            while (sealedInForm.find()) {
                assertThat(after.sealedWithCurrentKey(Base64.getDecoder().decode(sealedInForm.group(1)))).isTrue();
                forms++;
            }
            assertThat(forms).isPositive();
        } finally {
            // back to the suite's key, through the same rotation
            rotation.rotate(new PersonalDataProtector(SUITE_KEY, newKey, null), l -> { });
        }
        byte[] anyId = jdbc.sql("select id_number_cipher from identity_citizen limit 1").query(byte[].class).single();
        assertThat(suite.sealedWithCurrentKey(anyId)).isTrue();
    }
}
