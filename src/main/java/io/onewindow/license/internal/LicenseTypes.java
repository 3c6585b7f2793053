package io.onewindow.license.internal;

import io.onewindow.catalog.Audience;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.catalog.ItemSummary;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 证照目录: the licence types. Seeded with the common ones and every type a published catalogue item issues;
 * a type met for the first time (an item published later) is added with what its item says.
 */
@Component
@Order(30)
public class LicenseTypes implements ApplicationRunner {

    /**
     * Personal documents a holder has one of at a time (换发/补发 replaces it). Other licences are per object — a
     * birth, a business, a premises — and a holder may hold several valid ones of the type.
     */
    public static final java.util.Set<String> ONE_PER_HOLDER = java.util.Set.of("居民身份证", "社会保障卡", "机动车驾驶证",
            "医师执业证书", "护士执业证书", "教师资格证书");


    /** A licence type. {@code validityYears} null means 长期. */
    public record Type(String code, String name, String holderKind, String issuingDepartments, String dataItems,
            Integer validityYears) {
    }

    private static final Pattern YEARS = Pattern.compile("^(\\d+)\\s*年");
    private static final List<Type> COMMON = List.of(
            new Type("YYZZ", "营业执照", "ENTERPRISE", "511100-SCJGJ", "名称,类型,法定代表人,经营范围,住所", null),
            new Type("SPJY", "食品经营许可证", "ENTERPRISE", "511100-SCJGJ", "经营者名称,经营场所,主体业态,经营项目", 5),
            new Type("GGWS", "公共场所卫生许可证", "ENTERPRISE", "511100-WJW", "单位名称,经营场所,许可项目", 4),
            new Type("SGXK", "建筑工程施工许可证", "ENTERPRISE", "511100-ZJJ", "建设单位,工程名称,建设地址,合同价格", null),
            new Type("CSYX", "出生医学证明", "CITIZEN", "511100-WJW", "新生儿姓名,出生日期,出生医院", null),
            new Type("JMSFZ", "居民身份证", "CITIZEN", "511100-GAJ", "姓名,性别,民族,住址", 10),
            new Type("JDCJSZ", "机动车驾驶证", "CITIZEN", "511100-GAJ", "准驾车型,初次领证日期", 6),
            new Type("SHBZK", "社会保障卡", "CITIZEN", "511100-RSJ", "社会保障号码,发卡银行", 10),
            new Type("BDCQZ", "不动产权证书", "CITIZEN", "511100-ZRZYJ", "权利人,坐落,不动产单元号,用途,面积", null));

    private final JdbcClient jdbc;
    private final Catalog catalog;

    LicenseTypes(JdbcClient jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        COMMON.forEach(this::insert);
        var all = catalog.search(new CatalogQuery(null, null, null, null, null, null, 0, CatalogQuery.MAX_SIZE));
        for (int page = 0; page * CatalogQuery.MAX_SIZE < all.total(); page++) {
            for (ItemSummary item : catalog.search(new CatalogQuery(null, null, null, null, null, null, page,
                    CatalogQuery.MAX_SIZE)).items()) {
                catalog.published(item.code()).ifPresent(v -> {
                    if (v.guide().resultLicenseType() != null) {
                        ensure(v.guide().resultLicenseType(), v.guide().audience() == Audience.CITIZEN ? "CITIZEN" : "ENTERPRISE",
                                v.guide().departmentId(), v.guide().validity());
                    }
                });
            }
        }
    }

    /** The type of this name, added if new. */
    @Transactional
    public Type ensure(String name, String holderKind, String department, String validity) {
        return byName(name).orElseGet(() -> {
            int n = jdbc.sql("select count(*) from license_type").query(Integer.class).single() + 1;
            insert(new Type(String.format("LS%03d", n), name, holderKind, department, "", years(validity)));
            return byName(name).orElseThrow();
        });
    }

    public Optional<Type> byName(String name) {
        return jdbc.sql("select * from license_type where name = ?").param(name).query((rs, n) -> new Type(
                rs.getString("code"), rs.getString("name"), rs.getString("holder_kind"), rs.getString("issuing_departments"),
                rs.getString("data_items"), (Integer) rs.getObject("validity_years"))).optional();
    }

    public List<Type> all() {
        return jdbc.sql("select * from license_type order by code").query((rs, n) -> new Type(rs.getString("code"),
                rs.getString("name"), rs.getString("holder_kind"), rs.getString("issuing_departments"),
                rs.getString("data_items"), (Integer) rs.getObject("validity_years"))).list();
    }

    private void insert(Type t) {
        jdbc.sql("""
                insert into license_type (code, name, holder_kind, issuing_departments, data_items, validity_years)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(t.code(), t.name(), t.holderKind(), t.issuingDepartments(), t.dataItems(), t.validityYears())
                .update();
    }

    static Integer years(String validity) {
        if (validity == null) {
            return null;
        }
        Matcher m = YEARS.matcher(validity.strip());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
