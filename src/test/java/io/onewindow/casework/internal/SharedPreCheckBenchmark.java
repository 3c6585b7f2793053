package io.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.IntegrationTest;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.catalog.Material;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.exchange.ExchangeSetup;
import io.onewindow.identity.People;
import io.onewindow.identity.synthetic.SyntheticIdentities;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 部门共享 at pre-check against uploads, same run (alternating rounds): an item with three shared materials (户籍 from
 * 公安, 参保缴费 from 人社, 参保信息 from 医保), fetched through the exchange from the in-platform providers as one batch —
 * the datasets found, the grants read, the providers asked, the queries logged — then the pre-check; against the same
 * pre-check with the three materials uploaded (their rows read from the database). Not part of the suite (no *Tests
 * suffix); run with {@code bench/shared-precheck.sh}.
 */
@IntegrationTest
class SharedPreCheckBenchmark {

    private static final int ROUNDS = 3;
    private static final int PER_ROUND = 300;

    @Autowired
    Catalog catalog;

    @Autowired
    SharedFetches shared;

    @Autowired
    MaterialRepository materials;

    @Autowired
    ExchangeSetup exchange;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sharedMaterialsAgainstUploadedOnes() {
        ServiceGuide base = catalog.published(catalog.search(CatalogQuery.text("城乡居民基本医疗保险参保登记")).items().get(0).code())
                .orElseThrow().guide();
        List<Material> three = List.of(
                new Material("户籍信息", Material.Form.ELECTRONIC, 1, true, null, Material.Source.SHARED_DATA, "乐山市公安局"),
                new Material("参保缴费凭证", Material.Form.ELECTRONIC, 1, true, null, Material.Source.SHARED_DATA, "乐山市人力资源和社会保障局"),
                new Material("参保信息", Material.Form.ELECTRONIC, 1, true, null, Material.Source.SHARED_DATA, "乐山市医疗保障局"));
        ServiceGuide g = new ServiceGuide(base.name(), base.type(), base.departmentId(), base.regionId(), base.audience(),
                base.lifeEvents(), base.keywords(), base.legalBasis(), base.conditions(), three, base.statutoryDays(),
                base.promisedDays(), base.fees(), base.result(), base.resultLicenseType(), base.location(), base.hours(),
                base.enquiryPhone(), base.complaintPhone(), base.validity(), base.supervisor(), base.visits(), base.faq(),
                base.flags(), base.form(), base.processShape());
        exchange.grant("RS-SBCB", g.departmentId(), "基准测试", LocalDate.of(2027, 12, 31));
        UUID citizen = people.citizenByIdNumber(SyntheticIdentities.residentId("511102", LocalDate.of(1990, 3, 15), 123))
                .orElseThrow().id();
        // the baseline reads the case's uploads from the database, as the pre-check at submission does
        UUID uploadedCase = UUID.randomUUID();
        Map<String, String> form = Map.of("applicantName", "张三", "idNumber", "x", "phone", "13800000001");
        Set<String> verified = Set.of("applicantName", "idNumber");
        double sharedTotal = 0;
        double uploadTotal = 0;
        for (int round = 0; round < ROUNDS + 1; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < PER_ROUND; i++) {
                var fetched = shared.fetch(g, "CITIZEN", citizen, "基准测试", Map.of(), Set.of(), true);
                assertThat(PreCheck.run(g, form, Set.of(), verified, Map.of(), fetched, LocalDate.now())).isEmpty();
            }
            double sharedRate = PER_ROUND / ((System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            for (int i = 0; i < PER_ROUND; i++) {
                materials.ofCase(uploadedCase);
                assertThat(PreCheck.run(g, form, Set.of(0, 1, 2), verified, Map.of(), Map.of(), LocalDate.now())).isEmpty();
            }
            double uploadRate = PER_ROUND / ((System.nanoTime() - t1) / 1e9);
            if (round > 0) { // round 0 warms up
                sharedTotal += sharedRate;
                uploadTotal += uploadRate;
                System.out.printf("round %d: shared %.0f pre-checks/s, uploaded %.0f/s, ratio %.2f%n", round, sharedRate,
                        uploadRate, sharedRate / uploadRate);
            }
        }
        System.out.printf("SHARED PRE-CHECK: %.0f/s with three shared materials, %.0f/s with them uploaded; ratio %.2f%n",
                sharedTotal / ROUNDS, uploadTotal / ROUNDS, sharedTotal / uploadTotal);
    }
}
