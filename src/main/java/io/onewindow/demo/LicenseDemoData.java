package io.onewindow.demo;

import io.onewindow.identity.People;
import io.onewindow.license.Licenses;
import io.onewindow.license.StockLicenses;
import io.onewindow.license.StockLicenses.StockLicense;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo licences for the demo applicants (embedded database only), registered as 存量证照: 张三 holds a valid
 * 居民身份证 and 社会保障卡 and an expired 机动车驾驶证; the demo enterprise a valid 营业执照, a revoked 食品经营许可证 and an
 * expired 公共场所卫生许可证.
 */
@Component
@Order(40)
class LicenseDemoData implements ApplicationRunner {

    private final DemoDatabase demoDatabase;
    private final People people;
    private final Licenses licenses;
    private final StockLicenses stock;

    LicenseDemoData(DemoDatabase demoDatabase, People people, Licenses licenses, StockLicenses stock) {
        this.demoDatabase = demoDatabase;
        this.people = people;
        this.licenses = licenses;
        this.stock = stock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var zhangsan = people.citizenByIdNumber(DemoAccounts.ZHANGSAN_ID);
        if (!demoDatabase.allowed() || zhangsan.isEmpty() || !licenses.ofHolder(zhangsan.get().id()).isEmpty()) {
            return;
        }
        var c = zhangsan.get();
        issue("居民身份证", "CITIZEN", c.id(), c.name(), c.maskedIdNumber(), "511100-GAJ", LocalDate.of(2020, 6, 1),
                LocalDate.of(2030, 6, 1), Map.of("姓名", c.name(), "性别", c.sex(), "住址", "四川省乐山市市中区"));
        issue("社会保障卡", "CITIZEN", c.id(), c.name(), c.maskedIdNumber(), "511100-RSJ", LocalDate.of(2021, 3, 8),
                LocalDate.of(2031, 3, 7), Map.of("发卡银行", "乐山市商业银行"));
        issue("机动车驾驶证", "CITIZEN", c.id(), c.name(), c.maskedIdNumber(), "511100-GAJ", LocalDate.of(2019, 5, 20),
                LocalDate.of(2025, 5, 20), Map.of("准驾车型", "C1"));
        people.enterpriseByCreditCode(DemoAccounts.QIYE_CREDIT_CODE).ifPresent(e -> {
            issue("营业执照", "ENTERPRISE", e.id(), e.name(), e.creditCode(), "511100-SCJGJ", LocalDate.of(2016, 5, 18), null,
                    Map.of("名称", e.name(), "类型", "有限责任公司", "法定代表人", e.legalRepresentative(), "住所", "乐山市市中区"));
            String food = issue("食品经营许可证", "ENTERPRISE", e.id(), e.name(), e.creditCode(), "511100-SCJGJ",
                    LocalDate.of(2022, 8, 1), LocalDate.of(2027, 7, 31), Map.of("经营场所", "乐山市市中区嘉州大道1号"));
            stock.revoke(food, "经营场所变更，原许可注销");
            issue("公共场所卫生许可证", "ENTERPRISE", e.id(), e.name(), e.creditCode(), "511100-WJW", LocalDate.of(2020, 1, 6),
                    LocalDate.of(2024, 1, 5), Map.of("许可项目", "住宿场所"));
        });
    }

    private String issue(String type, String kind, UUID holder, String name, String code, String department,
            LocalDate issuedOn, LocalDate until, Map<String, String> data) {
        return stock.register(new StockLicense(type, kind, holder, name, code, department, issuedOn, until, data));
    }
}
