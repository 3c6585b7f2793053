package io.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The calendar module bootstrapped with its direct dependencies only (audit) and the platform (the embedded
 * database; named explicitly, the bootstrap does not follow it by itself): the pattern for testing one module on its
 * own. If calendar came to need a module it does not declare, this context would not start.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform",
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(properties = {
    "onewindow.embedded-postgres.ephemeral=true",
    "onewindow.data-dir=target/test-data-calendar-module",
    "onewindow.security.data-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    "onewindow.clock-watch.enabled=false"
})
class CalendarModuleTests {

    @Autowired
    WorkingDays workingDays;

    @Autowired
    ApplicationContext context;

    @Test
    void countsWorkingDaysAcrossNationalDayOnItsOwn() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(context.getBeanNamesForType(io.onewindow.catalog.Catalog.class)).as("other modules are not started")
                .isEmpty();
    }
}
