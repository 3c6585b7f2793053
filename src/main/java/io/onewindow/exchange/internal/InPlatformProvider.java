package io.onewindow.exchange.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The departments' records held in the platform itself (demo, or a city whose department has no system of its own
 * yet): each dataset in a table of its own ({@code exchange_src_*}, one row per subject), its columns named by the
 * catalogue's fields — so the provider reads any dataset the same way, and a city adds one by a migration.
 */
@Component
class InPlatformProvider implements Provider {

    // table and column names come from the migration-owned catalogue; checked again before they enter SQL
    private static final Pattern TABLE = Pattern.compile("exchange_src_[a-z_]+");
    private static final Pattern COLUMN = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;

    InPlatformProvider(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Map<String, String>> query(Datasets.Dataset dataset, String subjectKind, UUID subjectId) {
        List<Datasets.Field> fields = fieldsWithColumns(dataset);
        String columns = String.join(", ", fields.stream().map(Datasets.Field::column).toList());
        return jdbc.sql("select " + columns + " from " + table(dataset) + " where subject_id = ?").param(subjectId)
                .query(rs -> {
                    if (!rs.next()) {
                        return Optional.<Map<String, String>>empty();
                    }
                    Map<String, String> record = new LinkedHashMap<>();
                    for (Datasets.Field f : fields) {
                        String value = rs.getString(f.column());
                        if (value != null) {
                            record.put(f.name(), value);
                        }
                    }
                    return Optional.of(record);
                });
    }

    /** The subject's record, replacing the one held before (fields not given are left empty). */
    void put(Datasets.Dataset dataset, UUID subjectId, Map<String, String> data) {
        List<Datasets.Field> fields = fieldsWithColumns(dataset);
        List<String> unknown = new ArrayList<>(data.keySet());
        unknown.removeAll(fields.stream().map(Datasets.Field::name).toList());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("“" + dataset.name() + "”没有字段：" + String.join("、", unknown));
        }
        List<String> columns = fields.stream().map(Datasets.Field::column).toList();
        List<Object> params = new ArrayList<>();
        params.add(subjectId);
        fields.forEach(f -> params.add(data.get(f.name())));
        jdbc.sql("insert into " + table(dataset) + " (subject_id, " + String.join(", ", columns) + ") values (?"
                + ", ?".repeat(columns.size()) + ") on conflict (subject_id) do update set "
                + String.join(", ", columns.stream().map(c -> c + " = excluded." + c).toList())
                + ", updated_on = current_date").params(params).update();
    }

    boolean holds(Datasets.Dataset dataset) {
        return jdbc.sql("select exists (select 1 from " + table(dataset) + ")").query(Boolean.class).single();
    }

    private static String table(Datasets.Dataset dataset) {
        if (dataset.sourceTable() == null || !TABLE.matcher(dataset.sourceTable()).matches()) {
            throw new IllegalStateException("数据资源“" + dataset.name() + "”未配置平台内数据表");
        }
        return dataset.sourceTable();
    }

    private static List<Datasets.Field> fieldsWithColumns(Datasets.Dataset dataset) {
        List<Datasets.Field> fields = dataset.fields().stream().filter(f -> f.column() != null).toList();
        if (fields.isEmpty() || fields.stream().anyMatch(f -> !COLUMN.matcher(f.column()).matches())) {
            throw new IllegalStateException("数据资源“" + dataset.name() + "”的字段未对应平台内数据表的列");
        }
        return fields;
    }
}
