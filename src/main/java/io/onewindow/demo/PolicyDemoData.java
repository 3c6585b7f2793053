package io.onewindow.demo;

import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.identity.Enterprise;
import io.onewindow.identity.People;
import io.onewindow.policy.Fact;
import io.onewindow.policy.PolicyImport;
import io.onewindow.policy.PolicyImport.DepartmentFigure;
import io.onewindow.policy.PolicyImport.InForcePolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo 惠企政策 (embedded database only): departments' facts for every demo enterprise (as of 2026-06-30, from the
 * department that holds each figure) and four published policies — 免申即享 per employee, 一窗申报 as a percentage
 * of R&D spending, tiers for 专精特新, tiers for exporters — matched once.
 */
@Component
@Order(50)
class PolicyDemoData implements ApplicationRunner {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private final DemoDatabase demoDatabase;
    private final People people;
    private final Catalog catalog;
    private final PolicyImport policies;
    private final TransactionTemplate transaction;

    PolicyDemoData(DemoDatabase demoDatabase, People people, Catalog catalog, PolicyImport policies,
            TransactionTemplate transaction) {
        this.demoDatabase = demoDatabase;
        this.transaction = transaction;
        this.people = people;
        this.catalog = catalog;
        this.policies = policies;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoDatabase.allowed() || people.enterpriseCount() == 0 || policies.anyPolicy()) {
            return;
        }
        transaction.executeWithoutResult(s -> load());
        policies.matchAll("DEMO");
    }

    private void load() {
        Map<String, List<DepartmentFigure>> bySource = new LinkedHashMap<>();
        people.eachEnterprise(e -> demoFacts(e).forEach((f, v) -> bySource.computeIfAbsent(source(f), k -> new ArrayList<>())
                .add(new DepartmentFigure(e.id(), f, v, AS_OF))));
        bySource.forEach((source, values) -> policies.supplyFigures(values, source, "demo"));
        // the item an enterprise applies through (一窗申报), if the catalogue has it
        var found = catalog.search(CatalogQuery.text("工业企业研发投入后补助申报")).items();
        String rnd = found.isEmpty() ? null : found.get(0).code();
        publish("HQ-2023-01", "511100-RSJ", "小微企业稳岗扩岗补助", "乐山市人力资源和社会保障局", "乐人社发〔2023〕15号",
                "对参保职工 10 人以上、信用良好的小型微型企业，按参保职工人数给予稳岗补助，免申即享。",
                "{\"all\": [{\"fact\": \"SIZE_CLASS\", \"op\": \"IN\", \"value\": [\"SMALL\", \"MICRO\"]},"
                        + " {\"fact\": \"EMPLOYEES\", \"op\": \"GE\", \"value\": 10},"
                        + " {\"not\": {\"fact\": \"CREDIT_TIER\", \"op\": \"EQ\", \"value\": \"D\"}}]}",
                "{\"type\": \"PER_EMPLOYEE\", \"amount\": 500, \"cap\": 50000}", true, null);
        publish("HQ-2023-02", "511100-JXJ", "工业企业研发投入后补助", "乐山市经济和信息化局", "乐经信发〔2023〕21号",
                "对上年度研发投入 100 万元以上的工业企业，按研发投入的 5% 给予后补助，单户最高 50 万元，经“一网通办”一窗申报。",
                "{\"all\": [{\"fact\": \"INDUSTRY\", \"op\": \"PREFIX\", \"value\": [\"B\", \"C\", \"D\"]},"
                        + " {\"fact\": \"RND_SPENDING\", \"op\": \"GE\", \"value\": 100},"
                        + " {\"not\": {\"fact\": \"CREDIT_TIER\", \"op\": \"EQ\", \"value\": \"D\"}}]}",
                "{\"type\": \"PERCENT\", \"fact\": \"RND_SPENDING\", \"rate\": 5, \"cap\": 500000}", false, rnd);
        publish("HQ-2023-03", "511100-JXJ", "专精特新中小企业梯度奖励", "乐山市经济和信息化局", "乐经信发〔2023〕22号",
                "对成立 3 年以上的专精特新中小企业，按营业收入分档给予一次性奖励，免申即享。",
                "{\"all\": [{\"fact\": \"SPECIALIZED\", \"op\": \"EQ\", \"value\": true},"
                        + " {\"fact\": \"YEARS_SINCE_REGISTRATION\", \"op\": \"GE\", \"value\": 3}]}",
                "{\"type\": \"TIERS\", \"fact\": \"REVENUE\", \"tiers\": [{\"from\": 0, \"amount\": 100000},"
                        + " {\"from\": 5000, \"amount\": 200000}]}", true, null);
        publish("HQ-2023-04", "511100-SWJ", "外贸企业出口增量奖励", "乐山市商务局", "乐商务发〔2023〕9号",
                "对有出口实绩的企业按出口额分档奖励，请向市商务局申报。",
                "{\"all\": [{\"fact\": \"EXPORT_VALUE\", \"op\": \"GT\", \"value\": 0}]}",
                "{\"type\": \"TIERS\", \"fact\": \"EXPORT_VALUE\", \"tiers\": [{\"from\": 100, \"amount\": 20000},"
                        + " {\"from\": 1000, \"amount\": 80000}]}", false, null);
    }

    private void publish(String code, String department, String title, String issuer, String docNumber, String summary,
            String rule, String benefit, boolean automatic, String applyItem) {
        policies.importInForce(new InForcePolicy(code, department, title, issuer, docNumber,
                "《乐山市2023年深化“放管服”改革优化营商环境工作要点》", LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31),
                summary, rule, benefit, automatic, applyItem), "demo");
    }

    /** Plausible figures, fixed per enterprise; the demo enterprise 乐山嘉州绿色硅材料 gets known ones. */
    static Map<Fact, Object> demoFacts(Enterprise e) {
        Map<Fact, Object> f = new EnumMap<>(Fact.class);
        if (e.creditCode().equals(DemoAccounts.QIYE_CREDIT_CODE)) {
            f.put(Fact.EMPLOYEES, new BigDecimal("320"));
            f.put(Fact.REVENUE, new BigDecimal("5200"));
            f.put(Fact.TOTAL_ASSETS, new BigDecimal("6100"));
            f.put(Fact.TAX_PAID, new BigDecimal("310"));
            f.put(Fact.RND_SPENDING, new BigDecimal("260"));
            f.put(Fact.EXPORT_VALUE, BigDecimal.ZERO);
            f.put(Fact.HIGH_TECH, true);
            f.put(Fact.SPECIALIZED, false);
            f.put(Fact.CREDIT_TIER, "A");
            return f;
        }
        Random r = new Random(e.creditCode().hashCode());
        int employees = switch (e.sizeClass() == null ? io.onewindow.identity.SizeClass.SMALL : e.sizeClass()) {
            case LARGE -> 1000 + r.nextInt(2000);
            case MEDIUM -> 300 + r.nextInt(600);
            case SMALL -> 20 + r.nextInt(280);
            case MICRO -> 1 + r.nextInt(19);
        };
        BigDecimal revenue = BigDecimal.valueOf(employees * (15L + r.nextInt(60)));
        f.put(Fact.EMPLOYEES, BigDecimal.valueOf(employees));
        f.put(Fact.REVENUE, revenue);
        f.put(Fact.TOTAL_ASSETS, revenue.multiply(BigDecimal.valueOf(5 + r.nextInt(10))).movePointLeft(1));
        f.put(Fact.TAX_PAID, revenue.multiply(BigDecimal.valueOf(r.nextInt(8))).movePointLeft(2));
        f.put(Fact.RND_SPENDING, revenue.multiply(BigDecimal.valueOf(r.nextInt(6))).movePointLeft(2));
        f.put(Fact.EXPORT_VALUE, r.nextInt(10) < 7 ? BigDecimal.ZERO : revenue.multiply(BigDecimal.valueOf(r.nextInt(40))).movePointLeft(2));
        f.put(Fact.HIGH_TECH, r.nextInt(100) < 12);
        f.put(Fact.SPECIALIZED, r.nextInt(100) < 8);
        f.put(Fact.CREDIT_TIER, List.of("A", "A", "B", "B", "B", "C", "D").get(r.nextInt(7)));
        return f;
    }

    /** Which department holds each figure. */
    private static String source(Fact f) {
        return switch (f) {
            case EMPLOYEES -> "乐山市人力资源和社会保障局";
            case REVENUE, TAX_PAID, TOTAL_ASSETS -> "国家税务总局乐山市税务局";
            case RND_SPENDING, HIGH_TECH -> "乐山市科学技术局";
            case SPECIALIZED -> "乐山市经济和信息化局";
            case EXPORT_VALUE -> "乐山市商务局";
            default -> "乐山市发展和改革委员会";
        };
    }
}
