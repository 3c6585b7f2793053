package io.onewindow.bundle.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bundles: each code has one published version; earlier versions stay for the cases made under them. */
@Repository
public class BundleDefinitions {

    private final JdbcClient jdbc;

    BundleDefinitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<BundleDefinition> published() {
        return withMembers(jdbc.sql("select * from bundle_definition where status = 'PUBLISHED' order by kind desc, code")
                .query(BundleDefinitions::definition).list());
    }

    public Optional<BundleDefinition> published(String code) {
        return withMembers(jdbc.sql("select * from bundle_definition where status = 'PUBLISHED' and code = ?").param(code)
                .query(BundleDefinitions::definition).list()).stream().findFirst();
    }

    public Optional<BundleDefinition> byId(UUID id) {
        return withMembers(jdbc.sql("select * from bundle_definition where id = ?").param(id)
                .query(BundleDefinitions::definition).list()).stream().findFirst();
    }

    /** The content hash of the published version of a code, if any. */
    Optional<String> publishedHash(String code) {
        return jdbc.sql("select content_hash from bundle_definition where status = 'PUBLISHED' and code = ?").param(code)
                .query(String.class).optional();
    }

    /** Publishes a new version of the bundle (the one before is retired, not deleted). */
    void publish(BundleDefinition d, String hash) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from bundle_definition where code = ?")
                .param(d.code()).query(Integer.class).single();
        jdbc.sql("update bundle_definition set status = 'RETIRED' where code = ? and status = 'PUBLISHED'")
                .param(d.code()).update();
        jdbc.sql("""
                insert into bundle_definition (id, code, version, name, kind, event, summary, basis, joint_result,
                  offer_after, offer_event, offer_message, content_hash, status)
                  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED')""")
                .params(d.id(), d.code(), version, d.name(), d.kind().name(), d.event(), d.summary(), d.basis(),
                        d.jointResult(), d.offer() == null ? null : d.offer().afterPosition(),
                        d.offer() == null ? null : d.offer().onEvent(),
                        d.offer() == null ? null : d.offer().message(), hash).update();
        for (BundleDefinition.Member m : d.members()) {
            jdbc.sql("""
                    insert into bundle_member (definition_id, position, item_code, item_name, condition_text, after_positions,
                      for_newborn, for_new_enterprise) values (?, ?, ?, ?, ?, string_to_array(?, ',')::int[], ?, ?)""")
                    .params(d.id(), m.position(), m.itemCode(), m.itemName(), m.condition(),
                            String.join(",", m.after().stream().map(String::valueOf).toList()), m.forNewborn(),
                            m.forNewEnterprise()).update();
        }
    }

    private List<BundleDefinition> withMembers(List<BundleDefinition> definitions) {
        if (definitions.isEmpty()) {
            return definitions;
        }
        Map<UUID, List<BundleDefinition.Member>> members = new LinkedHashMap<>();
        jdbc.sql("""
                select definition_id, position, item_code, item_name, condition_text, array_to_string(after_positions, ','),
                  for_newborn, for_new_enterprise from bundle_member where definition_id = any(string_to_array(?, ',')::uuid[]) order by position""")
                .param(String.join(",", definitions.stream().map(d -> d.id().toString()).toList()))
                .query(rs -> {
                    String after = rs.getString(6);
                    members.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(
                            new BundleDefinition.Member(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                    after == null || after.isEmpty() ? List.of()
                                            : Arrays.stream(after.split(",")).map(Integer::valueOf).toList(),
                                    rs.getBoolean(7), rs.getBoolean(8)));
                });
        return definitions.stream().map(d -> new BundleDefinition(d.id(), d.code(), d.version(), d.name(), d.kind(),
                d.event(), d.summary(), d.basis(), d.jointResult(), d.offer(),
                List.copyOf(members.getOrDefault(d.id(), List.of())))).toList();
    }

    private static BundleDefinition definition(ResultSet rs, int n) throws SQLException {
        return new BundleDefinition(rs.getObject("id", UUID.class), rs.getString("code"), rs.getInt("version"),
                rs.getString("name"), BundleDefinition.Kind.valueOf(rs.getString("kind")), rs.getString("event"),
                rs.getString("summary"), rs.getString("basis"), rs.getString("joint_result"),
                rs.getObject("offer_after") == null && rs.getString("offer_event") == null ? null
                        : new BundleDefinition.Offer((Integer) rs.getObject("offer_after"), rs.getString("offer_event"),
                                rs.getString("offer_message")), List.of());
    }
}
