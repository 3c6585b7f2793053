package io.onewindow.demo;

import io.onewindow.identity.NewCitizen;
import io.onewindow.identity.NewEnterprise;
import io.onewindow.identity.NewLogin;
import io.onewindow.identity.OrganizationFiles;
import io.onewindow.identity.Registrations;
import io.onewindow.identity.SizeClass;
import io.onewindow.identity.StaffAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty embedded database with demo data once: staff for every role, ~50 citizens and ~200
 * enterprises with valid identifiers across Leshan's regions, industries and sizes. Deterministic (fixed seed).
 */
@Component
@org.springframework.core.annotation.Order(5)
@ConditionalOnProperty(name = "onewindow.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final List<String> COUNTY_CODES = List.of("511102", "511111", "511112", "511113", "511123", "511124",
            "511126", "511129", "511132", "511133", "511181");

    private final Registrations registrations;
    private final StaffAccounts staffAccounts;
    private final DemoDatabase demoDatabase;
    private final OrganizationFiles organizationFiles;

    DemoDataLoader(Registrations registrations, StaffAccounts staffAccounts, DemoDatabase demoDatabase,
            OrganizationFiles organizationFiles) {
        this.organizationFiles = organizationFiles;
        this.registrations = registrations;
        this.staffAccounts = staffAccounts;
        this.demoDatabase = demoDatabase;
    }

    /** The demo staff, written through the administrator's organisation import (same checks, same audit). */
    private String loadStaff() {
        try {
            byte[] file = new org.springframework.core.io.ClassPathResource("demo/staff.csv").getContentAsByteArray();
            return organizationFiles.load("staff.csv", file, false);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Demo accounts have published passwords: never create them in a configured (production) database.
        if (!demoDatabase.allowed()) {
            return;
        }
        if (staffAccounts.exists("admin")) {
            // qiye registered itself online and was then checked at a window; xiaodian stays self-declared
            registrations.verifyEnterprise(DemoAccounts.QIYE_CREDIT_CODE);
            return;
        }
        long start = System.nanoTime();
        String staff = loadStaff();
        Random random = new Random(2023);
        registrations.registerCitizen(new NewCitizen("张三", DemoAccounts.ZHANGSAN_ID, "13800000001"), new NewLogin("zhangsan", DemoAccounts.PASSWORD));
        for (int i = 1; i < 50; i++) {
            registrations.addCitizen(DemoPeople.citizen(random, i));
        }
        registrations.registerEnterprise(new NewEnterprise(DemoAccounts.QIYE_CREDIT_CODE,
                "乐山嘉州绿色硅材料有限公司", "黄明", "C3985", SizeClass.MEDIUM, LocalDate.of(2016, 5, 18)), "李娜",
                new NewLogin("qiye", DemoAccounts.PASSWORD));
        registrations.verifyEnterprise(DemoAccounts.QIYE_CREDIT_CODE);
        // a second, very small enterprise, so that "why not" can be seen next to "why"
        registrations.registerEnterprise(new NewEnterprise(DemoAccounts.XIAODIAN_CREDIT_CODE,
                "乐山市市中区嘉禾小吃店", "周丽", "H6210", SizeClass.MICRO, LocalDate.of(2024, 3, 1)), "周丽",
                new NewLogin("xiaodian", DemoAccounts.PASSWORD));
        for (int i = 1; i < 200; i++) {
            registrations.addEnterprise(DemoPeople.enterprise(random, i));
        }
        log.info("Demo data loaded in {} ms: {}; 50 citizens, 201 enterprises", (System.nanoTime() - start) / 1_000_000,
                staff);
    }
}
