package io.onewindow.casework.internal;

import io.onewindow.casework.SharedMaterials;
import io.onewindow.catalog.Material;
import io.onewindow.catalog.ServiceGuide;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 部门共享 materials of a case: fetched once at submission through {@link SharedMaterials} (a material already
 * fetched or uploaded is not asked for again), kept with the query that fetched it. Without the exchange module
 * every one is "not fetched" — never a silent pass.
 */
@Component
class SharedFetches {

    private final ObjectProvider<SharedMaterials> exchange;
    private final JdbcClient jdbc;

    SharedFetches(ObjectProvider<SharedMaterials> exchange, JdbcClient jdbc) {
        this.exchange = exchange;
        this.jdbc = jdbc;
    }

    /**
     * Fetches the case's shared materials that are neither fetched nor uploaded; {@code purpose}: the case and item.
     *
     * @param retryFailed also ask again for those that could not be fetched before (before a submission, outside
     *                    any transaction); {@code false} inside the submission's transaction, which only fills gaps
     */
    Map<Integer, SharedMaterials.Fetch> fetch(ServiceGuide g, String subjectKind, UUID subjectId, String purpose,
            Map<Integer, SharedMaterials.Fetch> known, Set<Integer> uploaded, boolean retryFailed) {
        Map<Integer, SharedMaterials.Fetch> result = new HashMap<>(known);
        List<Integer> indexes = new ArrayList<>();
        List<SharedMaterials.Wanted> wanted = new ArrayList<>();
        for (int i = 0; i < g.materials().size(); i++) {
            Material m = g.materials().get(i);
            if (m.source() != Material.Source.SHARED_DATA || uploaded.contains(i)
                    || result.containsKey(i) && (result.get(i).found() || !retryFailed)) {
                continue;
            }
            indexes.add(i);
            wanted.add(new SharedMaterials.Wanted(m.name(), m.sourceRef()));
        }
        if (wanted.isEmpty()) {
            return result;
        }
        SharedMaterials provider = exchange.getIfAvailable();
        List<SharedMaterials.Fetch> fetched = provider == null
                ? Collections.nCopies(wanted.size(), SharedMaterials.Fetch.failed("本平台未接入数据共享交换"))
                : provider.fetchAll(wanted, subjectKind, subjectId, g.departmentId(), purpose);
        for (int k = 0; k < indexes.size(); k++) {
            result.put(indexes.get(k), fetched.get(k));
        }
        return result;
    }

    Map<Integer, SharedMaterials.Fetch> of(UUID caseId) {
        Map<Integer, SharedMaterials.Fetch> fetched = new HashMap<>();
        jdbc.sql("select * from casework_shared_material where case_id = ?").param(caseId).query(rs -> {
            Long queryId = rs.getObject("query_id") == null ? null : rs.getLong("query_id");
            fetched.put(rs.getInt("material_index"), new SharedMaterials.Fetch(rs.getBoolean("found"), queryId,
                    rs.getString("dataset"), rs.getString("provider"), rs.getString("summary"), rs.getString("reason")));
        });
        return fetched;
    }

    void save(UUID caseId, Map<Integer, SharedMaterials.Fetch> fetched) {
        fetched.forEach((index, f) -> jdbc.sql("""
                insert into casework_shared_material (case_id, material_index, found, dataset, provider, query_id, summary, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id, material_index) do update set found = excluded.found, dataset = excluded.dataset,
                  provider = excluded.provider, query_id = excluded.query_id, summary = excluded.summary,
                  reason = excluded.reason, fetched_at = now()""")
                .params(caseId, index, f.found(), f.dataset(), f.provider(), f.queryId(), f.summary(), f.reason()).update());
    }
}
