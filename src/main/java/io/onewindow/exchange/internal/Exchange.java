package io.onewindow.exchange.internal;

import io.onewindow.casework.SharedMaterials;
import io.onewindow.exchange.ExchangeSetup;
import io.onewindow.identity.People;
import io.onewindow.platform.ChinaTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fetch through the exchange: the dataset that serves the material, its 共享类型, the consumer's grant (a
 * department reads its own data without one), the provider's answer — and in every case one line in the query log,
 * so the person the data is about can see who asked and why. Nothing passes on a promise: no dataset, no grant, no
 * record or a provider that is down each come back as "not fetched" with the reason.
 */
@Service
class Exchange implements SharedMaterials, ExchangeSetup {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Datasets datasets;
    private final Providers providers;
    private final QueryLog log;
    private final People people;
    private final JdbcClient jdbc;
    private final InPlatformProvider inPlatform;

    Exchange(Datasets datasets, Providers providers, QueryLog log, People people, JdbcClient jdbc, InPlatformProvider inPlatform) {
        this.datasets = datasets;
        this.providers = providers;
        this.log = log;
        this.people = people;
        this.jdbc = jdbc;
        this.inPlatform = inPlatform;
    }

    @Override
    public Fetch fetch(String materialName, String providerHint, String subjectKind, UUID subjectId, String consumer,
            String purpose) {
        Optional<Datasets.Dataset> found = datasets.forMaterial(materialName, providerHint);
        if (found.isEmpty()) {
            return Fetch.failed("数据资源目录中尚无“" + materialName + "”的共享数据");
        }
        Datasets.Dataset d = found.get();
        String mask = mask(subjectKind, subjectId);
        if (d.shareType().equals("NOT_SHARED")) {
            return failed(d, consumer, subjectKind, subjectId, mask, purpose, "NOT_SHARED", "该数据不予共享（" + d.legalBasis() + "）");
        }
        if (!d.subjectKind().equals(subjectKind)) {
            return Fetch.failed("“" + d.name() + "”不是" + (subjectKind.equals("CITIZEN") ? "个人" : "企业") + "的数据");
        }
        if (!d.providerDepartmentId().equals(consumer) && !granted(d.code(), consumer)) {
            return failed(d, consumer, subjectKind, subjectId, mask, purpose, "NO_GRANT",
                    "办理部门尚未获得“" + d.name() + "”的共享授权");
        }
        try {
            Optional<Map<String, String>> record = providers.of(d).query(d, subjectKind, subjectId);
            if (record.isEmpty()) {
                return failed(d, consumer, subjectKind, subjectId, mask, purpose, "NOT_FOUND", d.providerName() + "没有您的相关记录");
            }
            long id = log.append(d.code(), d.providerDepartmentId(), consumer, subjectKind, subjectId, mask, purpose, "FOUND", null);
            return new Fetch(true, id, d.name(), d.providerName(), summary(d, record.get()), null);
        } catch (Provider.Unavailable e) {
            return failed(d, consumer, subjectKind, subjectId, mask, purpose, "UNAVAILABLE",
                    d.providerName() + "的系统暂时无法访问：" + e.getMessage());
        }
    }

    private Fetch failed(Datasets.Dataset d, String consumer, String subjectKind, UUID subjectId, String mask,
            String purpose, String result, String reason) {
        long id = log.append(d.code(), d.providerDepartmentId(), consumer, subjectKind, subjectId, mask, purpose, result, reason);
        return new Fetch(false, id, d.name(), d.providerName(), null, reason);
    }

    /** 供需对接: a grant in force for the consumer. */
    boolean granted(String datasetCode, String consumer) {
        return jdbc.sql("""
                select count(*) from exchange_grant where dataset_code = ? and consumer_department_id = ? and status = 'GRANTED'
                  and (expires_on is null or expires_on >= ?)""").params(datasetCode, consumer, ChinaTime.today())
                .query(Integer.class).single() > 0;
    }

    /** What came back, for the case page: personal fields only as checked, the rest as they are. */
    static String summary(Datasets.Dataset d, Map<String, String> record) {
        Set<String> personal = new HashSet<>();
        JsonNode fields = JSON.readTree(d.fields());
        fields.forEach(f -> {
            if (f.path("personal").asBoolean(false)) {
                personal.add(f.path("name").asString());
            }
        });
        List<String> parts = new ArrayList<>();
        record.forEach((k, v) -> parts.add(k + "：" + (personal.contains(k) ? "已核验" : v)));
        return String.join("；", parts);
    }

    private String mask(String subjectKind, UUID subjectId) {
        if (subjectKind.equals("CITIZEN")) {
            return people.citizen(subjectId).map(c -> c.maskedIdNumber()).orElse("（未知）");
        }
        return people.enterprise(subjectId).map(e -> e.creditCode().substring(0, 8) + "**********").orElse("（未知）");
    }

    @Override
    @Transactional
    public void putRecord(String datasetCode, UUID subjectId, Map<String, String> data) {
        inPlatform.put(datasetCode, subjectId, data);
    }

    @Override
    @Transactional
    public UUID grant(String datasetCode, String consumerDepartmentId, String purpose, LocalDate expiresOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into exchange_grant (id, dataset_code, consumer_department_id, purpose, status, decided_at, expires_on)
                values (?, ?, ?, ?, 'GRANTED', now(), ?)""").params(id, datasetCode, consumerDepartmentId, purpose, expiresOn)
                .update();
        return id;
    }

    @Override
    public boolean hasRecords() {
        return jdbc.sql("select exists (select 1 from exchange_source_record)").query(Boolean.class).single();
    }

    @Override
    public Optional<String> datasetFor(String materialName, String providerHint) {
        return datasets.forMaterial(materialName, providerHint).map(Datasets.Dataset::code);
    }
}
