package io.onewindow.identity.internal;

import io.onewindow.identity.SizeClass;
import io.onewindow.identity.synthetic.SyntheticIdentities;
import io.onewindow.platform.Masking;
import io.onewindow.platform.PersonalDataProtector;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes large synthetic populations (e.g. 1,000,000 citizens and 300,000 enterprises) for benchmarks.
 * Every identifier is valid under GB 11643 / GB 32100 and derived from its row number, so a run is
 * reproducible and a second run with the same numbers adds nothing. Rows go in by PostgreSQL COPY in batches,
 * through a staging table, with progress logged per batch.
 */
@Component
class SyntheticPopulationGenerator {

    private static final Logger log = LoggerFactory.getLogger(SyntheticPopulationGenerator.class);
    static final int BATCH = 50_000;
    private static final List<String> REGIONS = List.of("511100", "511102", "511111", "511112", "511113", "511123",
            "511124", "511126", "511129", "511132", "511133", "511181");
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final int BIRTH_SPAN_DAYS = 23_000;
    /** 顺序码 from 500 up, so synthetic people never collide with the demo data (100–149). */
    private static final int FIRST_SEQUENCE = 500;
    private static final String[] INDUSTRIES = {"C3985", "C2614", "C1530", "C3011", "H6210", "H6110", "F5221", "F5123",
        "I6513", "E4700", "R8720", "A0141", "G5430", "Q8411", "K7010", "O8010", "M7320", "L7212"};
    private static final String HEX_PREFIX = "\\x";

    private final DataSource dataSource;
    private final PersonalDataProtector protector;

    SyntheticPopulationGenerator(DataSource dataSource, PersonalDataProtector protector) {
        this.dataSource = dataSource;
        this.protector = protector;
    }

    /** @return rows actually added (existing ones are skipped) */
    long citizens(long start, long count, IntConsumer progress) throws SQLException, IOException {
        return copy("identity_citizen",
                "id, name, id_number_cipher, id_number_hash, id_number_masked, birth_date, sex, address_code",
                start, count, this::citizenRow, progress);
    }

    long enterprises(long start, long count, IntConsumer progress) throws SQLException, IOException {
        return copy("identity_enterprise",
                "id, credit_code, name, entity_type, legal_representative, region_code, industry_code, size_class, established_on",
                start, count, SyntheticPopulationGenerator::enterpriseRow, progress);
    }

    private interface RowWriter {
        void write(long index, StringBuilder out);
    }

    private long copy(String table, String columns, long start, long count, RowWriter writer, IntConsumer progress)
            throws SQLException, IOException {
        long added = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (Statement st = connection.createStatement()) {
                st.execute("drop table if exists staging");
                st.execute("create temporary table staging (like " + table + " including defaults)");
            }
            for (long from = start; from < start + count; from += BATCH) {
                long to = Math.min(start + count, from + BATCH);
                StringBuilder csv = new StringBuilder((int) (to - from) * 260);
                for (long i = from; i < to; i++) {
                    writer.write(i, csv);
                }
                copy.copyIn("copy staging (" + columns + ") from stdin with (format csv)", new StringReader(csv.toString()));
                try (Statement st = connection.createStatement()) {
                    added += st.executeUpdate("insert into " + table + " (" + columns + ") select " + columns
                            + " from staging on conflict do nothing");
                    st.execute("truncate staging");
                }
                connection.commit();
                progress.accept((int) (to - start));
            }
            try (Statement st = connection.createStatement()) {
                st.execute("drop table staging");
            }
            connection.commit();
        }
        log.info("{}: {} of {} synthetic rows added", table, added, count);
        return added;
    }

    private void citizenRow(long i, StringBuilder out) {
        int region = (int) (i % 11) + 1; // county-level codes only: people are registered in a county
        long rest = i / 11;
        LocalDate birth = FIRST_BIRTH.plusDays(rest % BIRTH_SPAN_DAYS);
        int sequence = FIRST_SEQUENCE + (int) (rest / BIRTH_SPAN_DAYS);
        String id = SyntheticIdentities.residentId(REGIONS.get(region), birth, sequence);
        String sex = sequence % 2 == 1 ? "男" : "女";
        out.append(uuid("citizen", i)).append(',').append("居民").append(i).append(',')
                .append(HEX_PREFIX).append(HexFormat.of().formatHex(protector.encrypt(id))).append(',')
                .append(protector.lookupHash(id)).append(',').append(Masking.residentId(id)).append(',')
                .append(birth).append(',').append(sex).append(',').append(REGIONS.get(region)).append('\n');
    }

    private static void enterpriseRow(long i, StringBuilder out) {
        Random random = new Random(i);
        boolean individual = i % 5 == 0;
        String region = REGIONS.get((int) (i % REGIONS.size()));
        String code = SyntheticIdentities.creditCode(individual ? "92" : "91", region, 900_000_000L + i);
        String industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
        SizeClass size = individual ? SizeClass.MICRO : SizeClass.values()[1 + random.nextInt(3)];
        if (!individual && random.nextInt(100) == 0) {
            size = SizeClass.LARGE;
        }
        String name = individual ? "乐山市合成个体经营部" + i : "乐山合成企业" + i + "有限公司";
        LocalDate established = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(365 * 30));
        out.append(uuid("enterprise", i)).append(',').append(code).append(',').append(name).append(',')
                .append(individual ? "个体工商户" : "企业").append(',').append("法人").append(i % 1000).append(',')
                .append(region).append(',').append(industry).append(',').append(size.name()).append(',')
                .append(established).append('\n');
    }

    private static UUID uuid(String kind, long i) {
        return UUID.nameUUIDFromBytes((kind + ":" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
