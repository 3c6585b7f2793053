package io.onewindow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.IntegrationTest;
import io.onewindow.identity.CreditCodes;
import io.onewindow.identity.People;
import io.onewindow.identity.ResidentIdNumbers;
import io.onewindow.platform.PersonalDataProtector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SyntheticPopulationIntegrationTests {

    @Autowired
    SyntheticPopulationGenerator generator;

    @Autowired
    People people;

    @Autowired
    PersonalDataProtector protector;

    @Autowired
    JdbcClient jdbc;

    @Test
    void generatesValidUniqueFindableRowsAndIsRepeatable() throws Exception {
        long citizensBefore = people.citizenCount();
        long enterprisesBefore = people.enterpriseCount();
        List<Integer> progress = new ArrayList<>();

        assertThat(generator.citizens(0, 60_000, progress::add)).isEqualTo(60_000);
        assertThat(generator.enterprises(0, 3_000, p -> { })).isEqualTo(3_000);

        assertThat(progress).containsExactly(50_000, 60_000);
        assertThat(people.citizenCount()).isEqualTo(citizensBefore + 60_000);
        assertThat(people.enterpriseCount()).isEqualTo(enterprisesBefore + 3_000);
        // a second run with the same numbers adds nothing
        assertThat(generator.citizens(0, 1_000, p -> { })).isZero();

        LocalDate today = LocalDate.of(2026, 11, 28);
        for (byte[] cipher : jdbc.sql("select id_number_cipher from identity_citizen where name like '居民%' limit 200")
                .query(byte[].class).list()) {
            String id = protector.decrypt(cipher);
            assertThat(ResidentIdNumbers.check(id, today).valid()).as(id).isTrue();
            assertThat(people.citizenByIdNumber(id)).isPresent();
        }
        for (String code : jdbc.sql("select credit_code from identity_enterprise where name like '%合成%' limit 500")
                .query(String.class).list()) {
            assertThat(CreditCodes.check(code).valid()).as(code).isTrue();
        }
    }
}
