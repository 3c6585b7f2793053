package io.onewindow.catalog.internal;

import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.ServiceGuide;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For benchmarks: {@code --onewindow.generate.catalog-items=2000} grows the published catalogue to that many items
 * by publishing variants of the real ones (other regions, numbered names, the same materials and processes).
 */
@Component
@Order(20)
class SyntheticCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticCatalog.class);
    private static final String[] REGIONS = {"511102", "511111", "511112", "511113", "511123", "511124", "511126",
        "511129", "511132", "511133", "511181"};
    private static final String[] COUNTY_DEPARTMENTS = {"SCJGJ", "RSJ", "WJJ", "ZJJ", "MZJ", "ZWJ"};

    private final CatalogRepository repository;
    private final JdbcClient jdbc;
    private final int target;

    SyntheticCatalog(CatalogRepository repository, JdbcClient jdbc,
            @Value("${onewindow.generate.catalog-items:0}") int target) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.target = target;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<ItemVersion> real = repository.allCurrentPublished();
        int missing = target - real.size();
        if (target <= 0 || missing <= 0 || real.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        List<ItemVersion> templates = new ArrayList<>(real);
        for (int i = 0; i < missing; i++) {
            ItemVersion t = templates.get(i % templates.size());
            String region = REGIONS[i % REGIONS.length];
            String department = region + "-" + COUNTY_DEPARTMENTS[(i / REGIONS.length) % COUNTY_DEPARTMENTS.length];
            ServiceGuide g = t.guide();
            ServiceGuide copy = new ServiceGuide(g.name() + "（合成" + (i + 1) + "）", g.type(), department, region,
                    g.audience(), g.lifeEvents(), g.keywords(), g.legalBasis(), g.conditions(), g.materials(),
                    g.statutoryDays(), g.promisedDays(), g.fees(), g.result(), g.resultLicenseType(), g.location(),
                    g.hours(), g.enquiryPhone(), g.complaintPhone(), g.validity(), g.supervisor(), g.visits(), g.faq(),
                    g.flags(), g.form(), g.processShape());
            String code = repository.nextCode(department, g.type().code());
            UUID itemId = UUID.randomUUID();
            UUID versionId = UUID.randomUUID();
            repository.insertItem(itemId, code, department, region);
            repository.insertVersion(versionId, itemId, 1, ItemVersion.Status.DRAFT, copy, t.bpmnXml(), "generator");
            repository.publishedHere();
            jdbc.sql("update catalog_item_version set status = 'PUBLISHED', published_by = 'generator', published_at = now() where id = ?")
                    .param(versionId).update();
        }
        log.info("Published {} synthetic catalogue items in {} ms", missing, (System.nanoTime() - start) / 1_000_000);
    }
}
