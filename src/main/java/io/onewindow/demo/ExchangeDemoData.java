package io.onewindow.demo;

import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.catalog.Material;
import io.onewindow.exchange.ExchangeSetup;
import io.onewindow.identity.Citizen;
import io.onewindow.identity.People;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments' records behind 部门共享 for the demo people (embedded database only), consistent with them:
 * 户籍 (公安), 社保 (人社) and 医保 (医保局) for every demo citizen, 婚姻登记 and 不动产登记 for 张三, 低保 for every
 * tenth citizen, 市场主体登记 for every enterprise; and the 供需对接 grants the published items need (each consuming
 * department for each dataset its items use).
 */
@Component
@Order(45)
class ExchangeDemoData implements ApplicationRunner {

    private static final Map<String, String> COUNTIES = Map.ofEntries(Map.entry("511100", "乐山市"),
            Map.entry("511102", "乐山市市中区"), Map.entry("511111", "乐山市沙湾区"), Map.entry("511112", "乐山市五通桥区"),
            Map.entry("511113", "乐山市金口河区"), Map.entry("511123", "犍为县"), Map.entry("511124", "井研县"),
            Map.entry("511126", "夹江县"), Map.entry("511129", "沐川县"), Map.entry("511132", "峨边彝族自治县"),
            Map.entry("511133", "马边彝族自治县"), Map.entry("511181", "峨眉山市"));

    private final DemoDatabase demoDatabase;
    private final ExchangeSetup exchange;
    private final People people;
    private final Catalog catalog;

    ExchangeDemoData(DemoDatabase demoDatabase, ExchangeSetup exchange, People people, Catalog catalog) {
        this.demoDatabase = demoDatabase;
        this.exchange = exchange;
        this.people = people;
        this.catalog = catalog;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoDatabase.allowed() || exchange.hasRecords()) {
            return;
        }
        int n = 0;
        for (Citizen c : people.someCitizens(10_000)) {
            String county = COUNTIES.getOrDefault(c.addressCode(), "乐山市");
            Map<String, String> hukou = new LinkedHashMap<>();
            hukou.put("姓名", c.name());
            hukou.put("公民身份号码", c.maskedIdNumber());
            hukou.put("户籍地址", "四川省" + (county.startsWith("乐山市") ? county : "乐山市" + county));
            hukou.put("与户主关系", n % 3 == 0 ? "户主" : n % 3 == 1 ? "配偶" : "子女");
            hukou.put("制证照片编号", "ZP" + c.id().toString().substring(0, 8).toUpperCase());
            exchange.putRecord("GA-HJXX", c.id(), hukou);
            // the register's 法定退休日期: women here as 女职工 (the 50-year schedule), men on theirs
            exchange.putRecord("RS-SBCB", c.id(), Map.of("险种", "城镇职工基本养老保险", "参保状态", "正常参保",
                    "累计缴费月数", Integer.toString(36 + n * 7 % 240), "参保地", "乐山市", "法定退休日期",
                    StatutoryRetirement.date(c.birthDate(), "男".equals(c.sex()) ? StatutoryRetirement.Kind.MAN
                            : StatutoryRetirement.Kind.WOMAN_WORKER).toString()));
            exchange.putRecord("YB-CBXX", c.id(), Map.of("险种", n % 2 == 0 ? "职工基本医疗保险" : "城乡居民基本医疗保险",
                    "参保状态", "正常参保", "参保起始日期", LocalDate.of(2015 + n % 8, 1 + n % 12, 1).toString(), "最近住院结算", "无"));
            if (n % 10 == 9) {
                exchange.putRecord("MZ-DBDX", c.id(), Map.of("保障类别", "城市最低生活保障", "保障起始日期", "2022-07-01"));
            }
            n++;
        }
        people.citizenByIdNumber(DemoAccounts.ZHANGSAN_ID).ifPresent(z -> {
            exchange.putRecord("MZ-HYDJ", z.id(), Map.of("登记类别", "结婚登记", "配偶姓名", "李娜", "登记日期", "2018-10-01",
                    "结婚证字号", "J511102-2018-003127"));
            exchange.putRecord("ZR-BDCDJ", z.id(), Map.of("不动产权证书号", "川（2019）乐山市不动产权第0012345号",
                    "坐落", "乐山市市中区嘉州大道1号", "建筑面积（㎡）", "96.5", "用途", "商住"));
        });
        people.eachEnterprise(e -> exchange.putRecord("SC-QYDJ", e.id(), Map.of("名称", e.name(), "登记状态", "存续（在营、开业、在册）",
                "注册资本（万元）", e.sizeClass() == null ? "50" : switch (e.sizeClass()) {
                    case LARGE -> "50000";
                    case MEDIUM -> "5000";
                    case SMALL -> "500";
                    default -> "50";
                }, "经营范围", "以登记机关核准的经营范围为准")));
        grantWhatThePublishedItemsNeed();
    }

    private void grantWhatThePublishedItemsNeed() {
        Set<String> granted = new LinkedHashSet<>();
        for (int page = 0; ; page++) {
            var items = catalog.search(new CatalogQuery(null, null, null, null, null, null, page, 100)).items();
            for (var summary : items) {
                catalog.published(summary.code()).ifPresent(item -> item.guide().materials().stream()
                        .filter(m -> m.source() == Material.Source.SHARED_DATA)
                        .forEach(m -> exchange.datasetFor(m.name(), m.sourceRef()).ifPresent(dataset -> {
                            if (granted.add(dataset + "|" + item.guide().departmentId())) {
                                exchange.grant(dataset, item.guide().departmentId(), "办理本部门政务服务事项时核验申请人的"
                                        + m.name() + "（演示数据）", LocalDate.of(2027, 12, 31));
                            }
                        })));
            }
            if (items.size() < 100) {
                return;
            }
        }
    }
}
