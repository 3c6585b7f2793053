package io.onewindow.policy.internal;

import io.onewindow.identity.Enterprise;
import io.onewindow.identity.Industries;
import io.onewindow.identity.People;
import io.onewindow.identity.SizeClass;
import io.onewindow.organization.Organization;
import io.onewindow.platform.ChinaTime;
import io.onewindow.policy.Fact;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;

/**
 * The fact base the rules read: the registration record from identity plus the facts departments supply (import
 * or API), each with its source and as-of date. {@link #snapshot()} loads everything column by column for bulk
 * matching; {@link #factsOf} reads one enterprise.
 */
@Service
public class FactBase {

    /** One supplied value. */
    public record Supplied(UUID enterpriseId, Fact fact, Object value, LocalDate asOf) {
    }

    /** A fact as shown to its enterprise: value, where it came from and as of when. */
    public record Sourced(Fact fact, String value, String source, LocalDate asOf) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final People people;
    private final Organization organization;

    FactBase(JdbcClient jdbc, DataSource dataSource, People people, Organization organization) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.people = people;
        this.organization = organization;
    }

    /**
     * Every registered enterprise with all its facts, as of today. The registration records are read on another
     * connection while this one reads the supplied facts.
     */
    FactTable snapshot() {
        var registered = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            List<Enterprise> all = new ArrayList<>((int) people.enterpriseCount());
            people.eachEnterprise(all::add);
            return all;
        });
        Map<UUID, Map<Fact, Object>> supplied = new HashMap<>();
        // COPY rather than a result set: millions of small rows arrive several times faster. An enterprise's facts
        // are usually stored together, so consecutive lines mostly share the map of the line before.
        String[] lastId = {""};
        @SuppressWarnings("unchecked")
        Map<Fact, Object>[] last = new Map[1];
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CopyLines lines = new CopyLines(line -> {
            int a = line.indexOf('\t');
            int b = line.indexOf('\t', a + 1);
            if (!line.regionMatches(0, lastId[0], 0, a) || lastId[0].length() != a) {
                lastId[0] = line.substring(0, a);
                last[0] = supplied.computeIfAbsent(UUID.fromString(lastId[0]), k -> new EnumMap<>(Fact.class));
            }
            Fact f = Fact.valueOf(line.substring(a + 1, b));
            last[0].put(f, f.parse(line.substring(b + 1)));
        })) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy policy_fact (enterprise_id, fact, value) to stdout", lines);
        } catch (java.sql.SQLException | java.io.IOException e) {
            throw new IllegalStateException("读取企业事实失败：" + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        LocalDate today = ChinaTime.today();
        List<Enterprise> enterprises = registered.join();
        FactTable.Builder table = new FactTable.Builder(enterprises.size());
        for (Enterprise e : enterprises) {
            table.add(e.id(), e.creditCode(), e.name(), EnterpriseFacts.of(e, supplied.getOrDefault(e.id(), Map.of()), today));
        }
        return table.build();
    }

    /** One enterprise's facts as rules read them. */
    public Map<Fact, Object> factsOf(Enterprise e) {
        return EnterpriseFacts.of(e, supplied(e.id()), ChinaTime.today());
    }

    private Map<Fact, Object> supplied(UUID enterpriseId) {
        Map<Fact, Object> out = new EnumMap<>(Fact.class);
        jdbc.sql("select fact, value from policy_fact where enterprise_id = ?").param(enterpriseId).query(rs -> {
            Fact f = Fact.valueOf(rs.getString(1));
            out.put(f, f.parse(rs.getString(2)));
        });
        return out;
    }

    /** Where each of an enterprise's facts came from, registration first. */
    public List<Sourced> sources(Enterprise e) {
        List<Sourced> out = new ArrayList<>();
        Map<Fact, Object> facts = factsOf(e);
        if (facts.containsKey(Fact.INDUSTRY)) {
            String code = (String) facts.get(Fact.INDUSTRY);
            out.add(new Sourced(Fact.INDUSTRY, code + "（" + Industries.sectionName(code) + "）", "市场主体登记", e.establishedOn()));
        }
        if (facts.containsKey(Fact.REGION)) {
            String code = (String) facts.get(Fact.REGION);
            out.add(new Sourced(Fact.REGION, code + organization.regionByGbCode(code).map(r -> "（" + r.name() + "）").orElse(""),
                    "市场主体登记", e.establishedOn()));
        }
        if (facts.containsKey(Fact.REGISTERED_ON)) {
            out.add(new Sourced(Fact.REGISTERED_ON, String.valueOf(facts.get(Fact.REGISTERED_ON)), "市场主体登记", e.establishedOn()));
        }
        boolean computed = EnterpriseFacts.computedSize(e.industryCode(), facts) != null;
        if (facts.containsKey(Fact.SIZE_CLASS)) {
            out.add(new Sourced(Fact.SIZE_CLASS, SizeClass.valueOf((String) facts.get(Fact.SIZE_CLASS)).label(),
                    computed ? "按工信部联企业〔2011〕300号划型" : "市场主体登记", computed ? ChinaTime.today() : e.establishedOn()));
        }
        jdbc.sql("select fact, value, source, as_of from policy_fact where enterprise_id = ? order by fact").param(e.id())
                .query(rs -> {
                    Fact f = Fact.valueOf(rs.getString(1));
                    out.add(new Sourced(f, shown(f, f.parse(rs.getString(2))), rs.getString(3), rs.getObject(4, LocalDate.class)));
                });
        return out;
    }

    /**
     * Stores supplied values (insert or replace), in the caller's transaction. Uses COPY so that a department's
     * whole file is one round trip.
     */
    void write(Collection<Supplied> values, String source, String user) {
        if (values.isEmpty()) {
            return;
        }
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("facts are written inside a transaction (the staging table empties on commit)");
        }
        StringBuilder rows = new StringBuilder(values.size() * 80);
        for (Supplied s : values) {
            rows.append(s.enterpriseId()).append('\t').append(s.fact().name()).append('\t').append(stored(s.value()))
                    .append('\t').append(s.asOf()).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement st = connection.createStatement()) {
            st.execute("create temporary table if not exists policy_fact_in (enterprise_id uuid, fact varchar(30), "
                    + "value varchar(100), as_of date) on commit delete rows");
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy policy_fact_in from stdin", new StringReader(rows.toString()));
        } catch (java.sql.SQLException | java.io.IOException e) {
            throw new IllegalStateException("写入企业事实失败：" + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        jdbc.sql("""
                insert into policy_fact (enterprise_id, fact, value, source, as_of, updated_by)
                select enterprise_id, fact, value, ?, as_of, ? from policy_fact_in
                on conflict (enterprise_id, fact) do update set value = excluded.value, source = excluded.source,
                    as_of = excluded.as_of, updated_at = now(), updated_by = excluded.updated_by""")
                .params(source, user).update();
        jdbc.sql("delete from policy_fact_in").update();
    }

    static String stored(Object value) {
        return value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    static String shown(Fact f, Object value) {
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        return stored(value) + f.unit();
    }
}
