package io.onewindow.exchange.internal;

import io.onewindow.casework.SharedMaterials;
import io.onewindow.exchange.ExchangeSetup;
import io.onewindow.identity.People;
import io.onewindow.platform.ChinaTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fetch through the exchange: the dataset that serves the material, its 共享类型, the consumer's grant (a
 * department reads its own data without one), the provider's answer — and in every case one line in the query log,
 * so the person the data is about can see who asked and why. Nothing passes on a promise: no dataset, no grant, no
 * record or a provider that is down each come back as "not fetched" with the reason.
 */
@Service
class Exchange implements SharedMaterials, ExchangeSetup {

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
    public List<Fetch> fetchAll(List<Wanted> materials, String subjectKind, UUID subjectId, String consumer,
            String purpose) {
        List<Datasets.Dataset> candidates = datasets.servingAny(materials.stream().map(Wanted::materialName).toList());
        Set<String> granted = grantedOf(consumer);
        String mask = candidates.isEmpty() ? null : mask(subjectKind, subjectId);
        Map<String, QueryLog.Line> asked = new LinkedHashMap<>(); // by dataset: one query serves every material it covers
        List<Answer> answers = new ArrayList<>();
        for (Wanted w : materials) {
            Optional<Datasets.Dataset> found = Datasets.choose(candidates, w.materialName(), w.providerHint());
            if (found.isEmpty()) {
                answers.add(Answer.of(Fetch.failed("数据资源目录中尚无“" + w.materialName() + "”的共享数据")));
            } else if (!found.get().shareType().equals("NOT_SHARED") && !found.get().subjectKind().equals(subjectKind)) {
                answers.add(Answer.of(Fetch.failed("“" + found.get().name() + "”不是"
                        + (subjectKind.equals("CITIZEN") ? "个人" : "企业") + "的数据")));
            } else {
                Datasets.Dataset d = found.get();
                asked.computeIfAbsent(d.code(), code -> ask(d, consumer, granted, subjectKind, subjectId));
                answers.add(new Answer(null, d.code()));
            }
        }
        Map<String, Long> ids = log.appendAll(new ArrayList<>(asked.values()), consumer, subjectKind, subjectId, mask, purpose);
        return answers.stream().map(a -> a.direct() != null ? a.direct()
                : asked.get(a.datasetCode()).toFetch(ids.get(a.datasetCode()))).toList();
    }

    /** A material's answer: given at once (nothing to ask), or the logged query of its dataset. */
    private record Answer(Fetch direct, String datasetCode) {

        static Answer of(Fetch direct) {
            return new Answer(direct, null);
        }
    }

    /** One dataset asked: refused by its 共享类型 or for want of a grant, or the provider's answer. */
    private QueryLog.Line ask(Datasets.Dataset d, String consumer, Set<String> granted, String subjectKind, UUID subjectId) {
        if (d.shareType().equals("NOT_SHARED")) {
            return QueryLog.Line.refused(d, "NOT_SHARED", "该数据不予共享（" + d.legalBasis() + "）");
        }
        if (!d.providerDepartmentId().equals(consumer) && !granted.contains(d.code())) {
            return QueryLog.Line.refused(d, "NO_GRANT", "办理部门尚未获得“" + d.name() + "”的共享授权");
        }
        try {
            Optional<Map<String, String>> record = providers.of(d).query(d, subjectKind, subjectId);
            return record.isEmpty() ? QueryLog.Line.refused(d, "NOT_FOUND", d.providerName() + "没有您的相关记录")
                    : QueryLog.Line.found(d, summary(d, record.get()));
        } catch (Provider.Unavailable e) {
            return QueryLog.Line.refused(d, "UNAVAILABLE", d.providerName() + "的系统暂时无法访问：" + e.getMessage());
        }
    }

    /** 供需对接: the datasets the consumer holds a grant in force for. */
    private Set<String> grantedOf(String consumer) {
        return new HashSet<>(jdbc.sql("""
                select dataset_code from exchange_grant where consumer_department_id = ? and status = 'GRANTED'
                  and (expires_on is null or expires_on >= ?)""").params(consumer, ChinaTime.today())
                .query(String.class).list());
    }

    /** What came back, for the case page: personal fields only as checked, the rest as they are. */
    static String summary(Datasets.Dataset d, Map<String, String> record) {
        Set<String> personal = new HashSet<>();
        d.fields().stream().filter(Datasets.Field::personal).forEach(f -> personal.add(f.name()));
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
        inPlatform.put(datasets.byCode(datasetCode).orElseThrow(() -> new IllegalArgumentException("没有数据资源 " + datasetCode)),
                subjectId, data);
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
        return datasets.all().stream().filter(d -> d.sourceTable() != null).anyMatch(inPlatform::holds);
    }

    @Override
    public Optional<String> datasetFor(String materialName, String providerHint) {
        return datasets.forMaterial(materialName, providerHint).map(Datasets.Dataset::code);
    }
}
