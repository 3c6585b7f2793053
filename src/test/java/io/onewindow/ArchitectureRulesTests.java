package io.onewindow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.onewindow.platform.ChinaTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Rules the module boundaries alone do not express. */
class ArchitectureRulesTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.onewindow");

    @Test
    void onlyWorkflowTalksToTheProcessEngine() {
        noClasses().that().resideOutsideOfPackage("io.onewindow.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.flowable..")
                .because("Flowable stays behind the workflow module's facade")
                .check(classes);
    }

    @Test
    void webControllersLeaveSqlToRepositories() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .because("repositories own SQL, services own decisions, controllers own neither")
                .check(classes);
    }

    @Test
    void timeIsReadFromThePlatformClockOnly() {
        var rule = noClasses().that().doNotHaveFullyQualifiedName(ChinaTime.class.getName())
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(YearMonth.class, "now")
                .orShould().callMethod(YearMonth.class, "now", ZoneId.class)
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "system", ZoneId.class)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("the time comes from the one Clock bean (ChinaTime reads the same clock), so tests can set it");
        rule.check(classes);
    }
}
