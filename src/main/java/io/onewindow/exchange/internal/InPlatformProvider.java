package io.onewindow.exchange.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The departments' records held in the platform itself (demo, or a city whose department has no system of its own
 * yet): one row per dataset and subject in {@code exchange_source_record}.
 */
@Component
class InPlatformProvider implements Provider {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    InPlatformProvider(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Map<String, String>> query(Datasets.Dataset dataset, String subjectKind, UUID subjectId) {
        return jdbc.sql("select data::text from exchange_source_record where dataset_code = ? and subject_id = ?")
                .params(dataset.code(), subjectId).query(String.class).optional()
                .map(json -> JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { }));
    }

    void put(String datasetCode, UUID subjectId, Map<String, String> data) {
        jdbc.sql("""
                insert into exchange_source_record (dataset_code, subject_id, data) values (?, ?, cast(? as jsonb))
                on conflict (dataset_code, subject_id) do update set data = excluded.data, updated_on = current_date""")
                .params(datasetCode, subjectId, JSON.writeValueAsString(data)).update();
    }
}
